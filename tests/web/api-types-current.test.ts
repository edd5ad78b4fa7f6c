/**
 * The explorer's generated API types are current: GraphQL Code Generator, run on server/schema.graphql and the
 * explorer's documents as web/codegen.ts configures it, writes exactly the committed web/src/api/generated/graphql.ts.
 * Codegen and Prettier are ES modules that jest's CommonJS runtime cannot load, so a tsx child process runs them.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** A query the explorer does not send: generating with it must give a different file. */
const EXTRA_DOCUMENT = 'query ExtraProbe { stats { store } }';

const GENERATE = `
import { generate } from '@graphql-codegen/cli';
import config, { formatGenerated, GENERATED_TYPES } from './web/codegen.ts';

async function generated(documents: string[]): Promise<string> {
  const [output] = await generate({ ...config, documents, silent: true }, false);
  return formatGenerated(GENERATED_TYPES, output.content);
}

void (async () => {
  const documents = config.documents as string[];
  const current = await generated(documents);
  const withExtra = await generated([...documents, ${JSON.stringify(EXTRA_DOCUMENT)}]);
  process.stdout.write(JSON.stringify({ file: GENERATED_TYPES, current, withExtra }));
})();
`;

let outputs: { file: string; current: string; withExtra: string };

beforeAll(() => {
  outputs = JSON.parse(
    execFileSync(TSX, ['-e', GENERATE], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }),
  ) as typeof outputs;
}, 60_000);

/** The first line where two texts differ, so a stale file says where without printing both. */
function firstDifference(expected: string, actual: string): string | null {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      return `line ${i + 1}: generated ${JSON.stringify(a[i] ?? '<end>')}, committed ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return null;
}

test('web/src/api/generated/graphql.ts is what `npm run codegen` writes', () => {
  const committed = readFileSync(path.join(ROOT, outputs.file), 'utf8');
  const difference = firstDifference(outputs.current, committed);
  expect(difference === null ? 'current' : `stale (run npm run codegen): ${difference}`).toBe('current');
});

test('the comparison can fail: one more document changes the generated file', () => {
  expect(outputs.withExtra).toContain('export type ExtraProbeQuery = ');
  expect(firstDifference(outputs.withExtra, outputs.current)).not.toBeNull();
});

test('the generated file names every query the explorer sends and the enums it lists', () => {
  for (const name of [
    'StatsQuery',
    'SearchQuery',
    'PracticeQuery',
    'MechanismViewQuery',
    'AdoptionTableQuery',
    'NodeFieldsFragment',
  ]) {
    expect(outputs.current).toContain(`export type ${name} = `);
  }
  expect(outputs.current).toMatch(
    /export type RollupLevel = "city" \| "county" \| "province";|export type RollupLevel = 'city' \| 'county' \| 'province';/,
  );
});
