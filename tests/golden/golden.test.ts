/**
 * Golden fixtures (STYLE.md): each sample bulletin, unseen fixture and article shape through the whole pipeline, its
 * structure and GraphDocument compared in full with the record under tests/golden/. A difference fails with where it
 * is; when the change is intended, `npm run golden:update` rewrites the records and `git diff tests/golden` shows it.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { firstDifference } from './first-difference';
import { goldenFolders, goldenInputs, goldenRecord, stableJson } from './golden-inputs';
import { sharedKnowledge } from '../helpers/sample-bulletins';

const UPDATE_HINT = 'If the change is intended, run `npm run golden:update` and review `git diff tests/golden`.';
const inputs = goldenInputs();
const shown = (value: unknown): string => (JSON.stringify(value) ?? 'undefined').slice(0, 300);

test('every text has its golden record and every record its text', () => {
  const wanted = inputs.map((i) => i.golden).sort();
  const present = goldenFolders()
    .filter(existsSync)
    .flatMap((folder) => readdirSync(folder).map((f) => path.join(folder, f)))
    .sort();
  if (present.join('\n') !== wanted.join('\n')) {
    const missing = wanted.filter((f) => !present.includes(f)).map((f) => path.basename(f));
    const stale = present.filter((f) => !wanted.includes(f)).map((f) => path.basename(f));
    throw new Error(
      `golden records out of step with their texts (missing: ${missing.join(', ') || 'none'}; stale: ${stale.join(', ') || 'none'}). ${UPDATE_HINT}`,
    );
  }
  expect(inputs.length).toBeGreaterThanOrEqual(36);
});

test.each(inputs.map((input) => [input.file, input] as const))('%s matches its golden record', async (_file, input) => {
  const actual = stableJson(await goldenRecord(input, sharedKnowledge()));
  const golden = path.relative(path.join(__dirname, '..', '..'), input.golden);
  if (!existsSync(input.golden)) throw new Error(`${golden}: no golden record for ${input.file}. ${UPDATE_HINT}`);
  // Values, not text, are compared: a formatter's reflow of a record is no change of outcome.
  const difference = firstDifference(JSON.parse(readFileSync(input.golden, 'utf8')), JSON.parse(actual));
  if (difference === null) return;
  const where = `first difference at ${difference.path}: golden ${shown(difference.expected)}, now ${shown(difference.actual)}`;
  throw new Error(`${golden}: the pipeline's outcome for ${input.file} changed; ${where}. ${UPDATE_HINT}`);
});
