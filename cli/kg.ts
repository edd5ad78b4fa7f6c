#!/usr/bin/env node
/**
 * The `kg` command line: ingest bulletins into the graph store, export and load it, inspect it. Results go to stdout;
 * warnings, errors and progress to stderr; exit codes are those of exit-codes.ts.
 */
import { Command, CommanderError } from 'commander';
import { isStoreError } from '../graph/store/store-error';
import { analyseCommand } from './commands/analyse-command';
import { exportCommand } from './commands/export-command';
import { ingestCommand } from './commands/ingest-command';
import { mergeCommand, promoteCommand, rejectCommand, renameCommand } from './commands/curate-mechanisms-command';
import { loadCommand } from './commands/load-command';
import { mechanismsCommand } from './commands/mechanisms-command';
import { relinkCommand } from './commands/relink-command';
import { searchCommand } from './commands/search-command';
import { serveCommand, type ServeOptions } from './commands/serve-command';
import { startCommand } from './commands/start-command';
import { statsCommand } from './commands/stats-command';
import { EXIT } from './exit-codes';
import { isInterrupted } from './interruption';

const program = new Command();
program.name('kg').description('Knowledge graph of Chinese grassroots-governance practices (基层治理)');
// Commander prints usage errors itself (on stderr) and would exit 1, the code of a failed input; they are exit 2 here.
program.exitOverride();

const storeOptions = (command: Command) =>
  command
    .option('--store <kind>', 'sqlite (embedded default) or neo4j (default when NEO4J_URI is set)')
    .option('--data-dir <dir>', 'data directory of the SQLite store, graph.sqlite (default KG_DATA_DIR or ./data)');

/** Runs a command; store and input errors print one line (no stack trace) on stderr and exit 2. */
const run =
  <A extends unknown[]>(action: (...args: A) => Promise<number>) =>
  async (...args: A) => {
    try {
      process.exitCode = await action(...args);
    } catch (error) {
      if (isInterrupted(error)) {
        console.error(`kg: ${error.message}: ${error.outcome ?? 'stopped'}`);
        process.exitCode = error.exitCode;
        return;
      }
      // Errors with a stable code are the user's to fix (bad input, store down); anything else is a bug: keep its stack.
      if (!isStoreError(error) && !hasErrorCode(error)) throw error;
      console.error(`kg: ${error.message}`);
      process.exitCode = EXIT.failed;
    }
  };

function hasErrorCode(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[A-Z]/.test(code);
}

storeOptions(
  program
    .command('ingest')
    .description('ingest bulletin files or folders (recursively; .txt in UTF-8, UTF-16 with BOM or GB18030/GBK)')
    .argument('<paths...>', 'files or folders')
    .option('--export <file>', 'also write what was ingested as the JSON export contract to this file')
    .option('--no-save', 'do not write to the store (with --export: only export)')
    .option('--workers <n>', 'threads for large batches, the main one included (default: one per core)'),
).action(run(ingestCommand));

storeOptions(
  program
    .command('export')
    .description('export the stored graph')
    .requiredOption(
      '--format <format>',
      'json, csv (neo4j-admin import), graphml (Gephi, Cytoscape), cypher, or panel (adoption panel CSV for R/Stata)',
    )
    .option('--out <path>', 'output file (a folder for csv; panel.csv for panel)'),
).action(run(exportCommand));

storeOptions(program.command('load').description('load a JSON export into the store').argument('<export.json>')).action(
  run(loadCommand),
);

storeOptions(
  program.command('stats').description('count what the store holds and say whether its analyses are current'),
).action(run(statsCommand));

storeOptions(
  program
    .command('analyse')
    .alias('analyze')
    .description('recompute the analyses (similar practices, reprints, mechanism families) over the stored graph'),
).action(run(analyseCommand));

storeOptions(
  program
    .command('search')
    .description('full-text search over practices, mechanisms, localities and organizations')
    .argument('<text>')
    .option('--label <label...>', 'only these labels (Practice, Mechanism, Locality, Organization)')
    .option('--limit <n>', 'hits to show', '20'),
).action(run(searchCommand));

const mechanisms = storeOptions(
  program
    .command('mechanisms')
    .description(
      'list the stored mechanisms for review: practices, curated or discovered, how found (via), one evidence sentence',
    )
    .option('--discovered', 'only mechanisms the discovery rules found (not curated)')
    .option('--min-count <n>', 'only mechanisms used by at least n practices', '1')
    .option('--format <format>', 'table (default) or csv (RFC 4180, for a spreadsheet)', 'table'),
).action(run(mechanismsCommand));

// The store options are the parent's (commander reads them before or after the subcommand); each action takes them
// from there.
mechanisms.configureHelp({ showGlobalOptions: true });
mechanisms
  .command('promote')
  .description('make a name a curated mechanism in the lexicon overlay of the data directory')
  .argument('<name>')
  .option('--category <category>', "its category (a key of the lexicon's categories; default: its stored one)")
  .option('--alias <alias...>', 'other forms of the same mechanism')
  .action(run((name: string, _options: unknown, command: Command) => promoteCommand(name, command.optsWithGlobals())));
mechanisms
  .command('reject')
  .description('never link this name again (lexicon overlay)')
  .argument('<name>')
  .action(run((name: string, _options: unknown, command: Command) => rejectCommand(name, command.optsWithGlobals())));
mechanisms
  .command('merge')
  .description('link mentions of <alias> as the mechanism --into (lexicon overlay)')
  .argument('<alias>')
  .requiredOption('--into <name>', 'the mechanism it is a form of')
  .action(run((alias: string, _options: unknown, command: Command) => mergeCommand(alias, command.optsWithGlobals())));
mechanisms
  .command('rename')
  .description('give a mechanism a new name, keeping the old one as an alias (lexicon overlay)')
  .argument('<from>')
  .requiredOption('--to <name>', 'the new name')
  .action(run((from: string, _options: unknown, command: Command) => renameCommand(from, command.optsWithGlobals())));

storeOptions(
  program
    .command('relink')
    .description(
      'link the stored practice texts again with the current knowledge and lexicon overlay (no files needed), report what changed, recompute the analyses',
    ),
).action(run(relinkCommand));

const serveOptions = (command: Command) =>
  storeOptions(command)
    .option('--port <n>', 'port to listen on (default PORT or 4000; 0 picks a free one)')
    .option(
      '--host <address>',
      'address to listen on (default HOST or 127.0.0.1, this machine only; 0.0.0.0 for the network)',
    );

serveOptions(
  program
    .command('serve')
    .description('serve the GraphQL API (/graphql), /health and the web explorer until SIGINT/SIGTERM'),
).action(run((options: ServeOptions) => serveCommand(options)));

serveOptions(
  program
    .command('start')
    .description('ingest the bundled samples if the store is empty, then serve (what npm start runs)')
    .option('--no-serve', 'stop after ingesting the samples'),
).action(run(startCommand));

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // Already printed by commander; --help and --version end with code 0.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.failed;
    return;
  }
  console.error(`kg: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = EXIT.failed;
});
