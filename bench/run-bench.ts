/** `npm run bench`: runs the benchmarks and prints their figures. Pass a size in MB to change the corpus (default 20). */
import { packageRoot } from '../cli/package-root';
import { ingestBench } from './ingest-bench';

async function main(): Promise<void> {
  const megabytes = Number(process.argv[2] ?? 20);
  console.log(`# ingest benchmark (${megabytes} MB synthetic corpus)`);
  const figures = await ingestBench(packageRoot(), megabytes);
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(24)} ${value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
