/**
 * `npm run bench`: runs the benchmarks and prints their figures. Pass a size in MB to change the ingest corpus (default
 * 20), or `server-load [seconds]` for the server load figure alone.
 */
import { packageRoot } from '../cli/package-root';
import { analyticsBench } from './analytics-bench';
import { ingestBench } from './ingest-bench';
import { neo4jBench } from './neo4j-bench';
import { pdfBench } from './pdf-bench';
import { serverBench } from './server-bench';
import { serverLoadBench } from './server-load-bench';
import { storeBench } from './store-bench';
import { webBench } from './web-bench';

async function main(): Promise<void> {
  if (process.argv[2] === 'server-load') {
    // Only the load figure: `npm run bench -- server-load [seconds per run]`.
    console.log(
      "# server load (kg serve on 1,000 generated bulletins; the explorer's requests at 10, 50, 200 connections)",
    );
    print(await serverLoadBench(packageRoot(), Number(process.argv[3] ?? 20)));
    return;
  }
  const megabytes = Number(process.argv[2] ?? 20);
  console.log(`# ingest benchmark (${megabytes} MB synthetic corpus)`);
  print(await ingestBench(packageRoot(), megabytes));
  console.log(
    '\n# PDF benchmark (a 200-page PDF printed by chromium from the sample bulletins, against the same text as .txt)',
  );
  print(await pdfBench(packageRoot()));
  console.log('\n# store benchmark (SQLite store, synthetic graph of 100k practices)');
  print(await storeBench(packageRoot()));
  console.log(
    '\n# Neo4j benchmark (the same synthetic graph of 100k practices in a throwaway Neo4j from neo4j-launcher)',
  );
  print(await neo4jBench(packageRoot()));
  console.log('\n# analytics benchmark (similar practices, reprints, families over 100k synthetic practices)');
  print(await analyticsBench(packageRoot()));
  console.log('\n# server benchmark (kg serve in a child process on that graph; autocannon over loopback)');
  print(await serverBench(packageRoot()));
  console.log(
    "\n# server load (kg serve on 1,000 generated bulletins; the explorer's requests at 10, 50, 200 connections)",
  );
  print(await serverLoadBench(packageRoot()));
  console.log('\n# web benchmark (explorer in headless chromium: a 2,000-element neighbourhood from a real server)');
  print(await webBench(packageRoot()));
}

function print(figures: Record<string, string>): void {
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(28)} ${value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
