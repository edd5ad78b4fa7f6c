/**
 * `npm run golden:update`: rewrites every golden record under tests/golden/ from the pipeline as it now is and removes
 * records whose text is gone; a record whose values are unchanged is left as it is (whatever its formatting). Run it only when a change of outcome is intended, then review the diff (`git diff
 * tests/golden`) before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import { createKnowledge } from '../../ingest/knowledge/create-knowledge';
import { firstDifference } from './first-difference';
import { goldenFolders, goldenInputs, goldenRecord, stableJson } from './golden-inputs';

async function main(): Promise<void> {
  const knowledge = createKnowledge();
  const inputs = goldenInputs();
  const tally = { changed: 0, unchanged: 0, removed: 0 };
  for (const input of inputs) {
    const json = stableJson(await goldenRecord(input, knowledge));
    if (
      existsSync(input.golden) &&
      firstDifference(JSON.parse(readFileSync(input.golden, 'utf8')), JSON.parse(json)) === null
    ) {
      tally.unchanged++;
      continue;
    }
    mkdirSync(path.dirname(input.golden), { recursive: true });
    writeFileSync(input.golden, json);
    tally.changed++;
    process.stderr.write(`golden: wrote ${path.relative(process.cwd(), input.golden)}\n`);
  }
  const wanted = new Set(inputs.map((i) => i.golden));
  for (const folder of goldenFolders().filter(existsSync)) {
    for (const stale of readdirSync(folder)
      .map((f) => path.join(folder, f))
      .filter((f) => !wanted.has(f))) {
      rmSync(stale);
      tally.removed++;
      process.stderr.write(`golden: removed ${path.relative(process.cwd(), stale)}\n`);
    }
  }
  console.log(
    `golden: ${inputs.length} records, ${tally.changed} written, ${tally.unchanged} unchanged, ${tally.removed} removed`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`golden: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
