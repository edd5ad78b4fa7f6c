/**
 * A throwaway Neo4j for the benchmark: neo4j-launcher/neo4j-dev on a free port with a fresh data directory (never a
 * user's database, which the benchmark would overwrite), started in a child process and stopped with SIGTERM.
 */
import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { createServer } from 'net';
import path from 'path';
import type { Neo4jStoreConfig } from '../../graph/store/neo4j';

export interface LaunchedNeo4j {
  config: Neo4jStoreConfig;
  /** Milliseconds from spawning the JVM to the ready line. */
  startMs: number;
  stop(): Promise<void>;
}

export async function launchNeo4j(input: {
  root: string;
  dataDir: string;
  heap: string;
  pagecache: string;
}): Promise<LaunchedNeo4j> {
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const started = performance.now();
  const child = spawn(path.join(input.root, 'neo4j-launcher', 'neo4j-dev'), [], {
    env: {
      ...process.env,
      NEO4J_PORT: String(port),
      NEO4J_DATA: input.dataDir,
      NEO4J_PASSWORD: password,
      NEO4J_HEAP: input.heap,
      NEO4J_PAGECACHE: input.pagecache,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready on bolt://')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`neo4j-launcher exited before Neo4j was ready:\n${output}`)));
  });
  return {
    config: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password },
    startMs: performance.now() - started,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
