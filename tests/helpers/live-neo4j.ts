/**
 * The live Neo4j of the Neo4j suites (NEO4J_URI, as `.ci/run` or `npm run neo4j:dev` provide it). Suites share one
 * database — Community has no second user database — and clear it, so each holds an exclusive lock for its whole file
 * while jest runs other files in parallel. Without NEO4J_URI a suite skips with one line on a developer's machine and
 * fails under CI=true: CI never skips Neo4j silently.
 */
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { neo4jConfigFromEnv, type Neo4jStoreConfig } from '../../graph/store/neo4j';

/** How long a suite waits for the others; the Neo4j suites together run well under this. */
const LOCK_WAIT_MS = 20 * 60_000;
const POLL_MS = 250;

export function liveNeo4jConfig(): Neo4jStoreConfig | null {
  return neo4jConfigFromEnv(process.env);
}

/**
 * A describe block that runs against the live Neo4j, holding the lock from its first test to its last. `body` gets
 * the connection settings; the environment (NEO4J_URI …) is left as it is for child processes.
 */
export function describeNeo4j(name: string, body: (config: Neo4jStoreConfig) => void): void {
  const config = liveNeo4jConfig();
  if (config) {
    describe(name, () => {
      let release: (() => void) | undefined;
      beforeAll(async () => {
        release = await acquireLock(config.uri);
      }, LOCK_WAIT_MS + 10_000);
      afterAll(() => release?.());
      body(config);
    });
  } else if (process.env['CI'] === 'true') {
    describe(name, () => {
      test('needs the live Neo4j that .ci/run starts', () => {
        throw new Error(
          'CI=true but NEO4J_URI is not set: the Neo4j suites never skip in CI (.ci/run starts Neo4j and sets it)',
        );
      });
    });
  } else {
    process.stderr.write(`neo4j: "${name}" skipped — NEO4J_URI is not set (start one with npm run neo4j:dev)\n`);
    describe.skip(name, () => {
      test('needs NEO4J_URI', () => undefined);
    });
  }
}

/** An exclusive lock per Neo4j URI across jest's worker processes: a directory, created atomically, naming its holder. */
async function acquireLock(uri: string): Promise<() => void> {
  const dir = path.join(
    os.tmpdir(),
    `kg-neo4j-tests-${createHash('sha1').update(uri).digest('hex').slice(0, 12)}.lock`,
  );
  const owner = path.join(dir, 'pid');
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(owner, String(process.pid));
      const release = () => rmSync(dir, { recursive: true, force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A holder that died (a killed jest worker) leaves its directory behind; the next suite takes it over.
    if (!holderAlive(owner)) rmSync(dir, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`no Neo4j test lock after ${LOCK_WAIT_MS / 60_000} min (${dir})`);
    else await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function holderAlive(owner: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(owner, 'utf8'));
  } catch {
    // Created a moment ago and the pid not yet written; a holder that died in between is given ten seconds.
    try {
      return Date.now() - statSync(path.dirname(owner)).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
