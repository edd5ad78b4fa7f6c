/**
 * The bulk path: the synthetic graph written as `kg export --format csv` writes it, loaded with the Maven artifacts'
 * `neo4j-admin database import full` (neo4j-launcher/neo4j-admin) into a fresh Neo4j home, which the launcher then
 * opens to check the counts. Returns the timings.
 */
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import type { GraphDocument } from '../../graph/graph-document';
import { exportCsv } from '../../graph/export/export-csv';
import { createNeo4jStore } from '../../graph/store/neo4j';
import { launchNeo4j } from './launch-neo4j';

export interface ImportFigures {
  csvSeconds: number;
  importSeconds: number;
  nodes: number;
  relationships: number;
}

export async function neo4jAdminImport(input: {
  root: string;
  workDir: string;
  document: GraphDocument;
  heap: string;
}): Promise<ImportFigures> {
  const csvDir = path.join(input.workDir, 'csv');
  const home = path.join(input.workDir, 'imported');
  await fs.rm(input.workDir, { recursive: true, force: true });
  const csvStart = performance.now();
  const { files, arrayDelimiter } = exportCsv(input.document);
  await fs.mkdir(csvDir, { recursive: true });
  for (const file of files) await fs.writeFile(path.join(csvDir, file.name), file.content, 'utf8');
  const csvSeconds = (performance.now() - csvStart) / 1000;
  const names = files.map((f) => f.name);
  const args = [
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--id-type=string',
    '--multiline-fields=true',
    `--array-delimiter=${delimiterOption(arrayDelimiter)}`,
    // The report goes beside the database, not into the working directory.
    `--report-file=${path.join(home, 'import.report')}`,
    ...names.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${path.join(csvDir, f)}`),
    ...names.filter((f) => f.startsWith('relationships-')).map((f) => `--relationships=${path.join(csvDir, f)}`),
  ];
  const importStart = performance.now();
  await run(path.join(input.root, 'neo4j-launcher', 'neo4j-admin'), args, { NEO4J_DATA: home, NEO4J_HEAP: input.heap });
  const importSeconds = (performance.now() - importStart) / 1000;
  const neo4j = await launchNeo4j({ root: input.root, dataDir: home, heap: input.heap, pagecache: '1g' });
  try {
    const store = createNeo4jStore(neo4j.config);
    const stats = await store.stats();
    await store.close();
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    return { csvSeconds, importSeconds, nodes: sum(stats.nodes), relationships: sum(stats.relationships) };
  } finally {
    await neo4j.stop();
  }
}

/** Printable delimiters as themselves, others as neo4j-admin's U+XXXX. */
function delimiterOption(delimiter: string): string {
  const code = delimiter.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? delimiter : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(command)} ${args.slice(0, 3).join(' ')} failed (${code}):\n${errors.slice(-2000)}`,
            ),
          ),
    );
  });
}
