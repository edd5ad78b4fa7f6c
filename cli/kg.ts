#!/usr/bin/env node
/** The `kg` command line: ingest bulletins, export the graph, and (with later issues) serve it. */
import { Command } from 'commander';
import path from 'path';
import { writeJsonExport } from '../graph/export/write-json-export';
import { ingestFiles } from '../ingest/ingest-files';
import { packageRoot } from './package-root';
import { terminalProgress } from './progress-bar';
import { formatIngestReport } from './report-ingest';

/** The bundled sample bulletins, found relative to the package so `kg start` works from any directory. */
const SAMPLES_DIR = path.join(packageRoot(), 'data', 'samples');

async function runIngest(inputs: string[], options: { export?: string }): Promise<number> {
  const run = await ingestFiles(inputs, { progress: terminalProgress() });
  console.log(formatIngestReport(run));
  if (options.export) {
    await writeJsonExport(run.document, options.export);
    console.log(`wrote ${run.document.nodes.length} nodes and ${run.document.relationships.length} relationships to ${options.export}`);
  }
  return run.summary.errors > 0 || run.summary.bulletins === 0 ? 1 : 0;
}

const program = new Command();
program.name('kg').description('Knowledge graph of Chinese grassroots-governance practices (基层治理)');

program
  .command('ingest')
  .description('ingest bulletin files or folders (recursively; .txt in UTF-8, UTF-16 with BOM or GB18030/GBK)')
  .argument('<paths...>', 'files or folders')
  .option('--export <file>', 'write the graph as the JSON export contract to this file')
  .action(async (inputs: string[], options: { export?: string }) => {
    process.exitCode = await runIngest(inputs, options);
  });

program
  .command('start')
  .description('ingest the bundled sample bulletins and print the summary')
  .action(async () => {
    process.exitCode = await runIngest([SAMPLES_DIR], {});
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`kg: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
