/**
 * Golden fixtures: every text the tests hold as a real bulletin or article (the samples in data/, the hand-annotated
 * unseen texts, the article shapes) goes through the whole pipeline as `kg ingest` reads it, and its full outcome —
 * document kind, header, items with their titles and spans, messages, GraphDocument — is kept as pretty JSON under
 * tests/golden/<set>/. Paths are repository-relative, keys sorted, so a record depends only on the text and the code.
 */
import { readdirSync } from 'fs';
import path from 'path';
import type { IngestKnowledge } from '../../ingest/knowledge/create-knowledge';
import { ingestSource, type BulletinResult } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';

const ROOT = path.join(__dirname, '..', '..');
export const GOLDEN_DIR = __dirname;

/** The sets of input texts, each a folder of the repository, and the golden folder that holds their records. */
const SETS = [
  { name: 'samples', folder: 'data/samples' },
  { name: 'unseen', folder: 'tests/fixtures/unseen' },
  { name: 'articles', folder: 'tests/fixtures/articles' },
] as const;

export interface GoldenInput {
  /** Repository-relative path of the text, `/`-separated. */
  file: string;
  /** Absolute path of its golden record. */
  golden: string;
}

type Structure = BulletinResult['structure'];

export interface GoldenRecord {
  file: string;
  kind: Structure['kind'];
  header: Structure['header'];
  items: Structure['items'];
  messages: BulletinResult['messages'];
  document: BulletinResult['document'];
}

export function goldenInputs(): GoldenInput[] {
  return SETS.flatMap(({ name, folder }) =>
    readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ file: `${folder}/${f}`, golden: path.join(GOLDEN_DIR, name, f.replace(/\.txt$/, '.json')) })),
  );
}

/** Every golden folder, whether or not it still has inputs (the update script clears stale records from them). */
export const goldenFolders = (): string[] => SETS.map(({ name }) => path.join(GOLDEN_DIR, name));

/** The text read as `kg ingest` reads it, under its repository-relative name (the id of nothing depends on the machine). */
export async function goldenRecord(input: GoldenInput, knowledge: IngestKnowledge): Promise<GoldenRecord> {
  const read = await readSource(path.join(ROOT, input.file));
  if (!read.ok) throw new Error(`golden: cannot read ${input.file}: ${read.reason}`);
  const result = ingestSource({ ...read.source, file: input.file }, knowledge);
  const { kind, header, items } = result.structure;
  return { file: input.file, kind, header, items, messages: result.messages, document: result.document };
}

/**
 * Pretty JSON ending in a newline. Nested objects have their keys sorted, so a record does not change when code builds
 * an object in another order; the root keeps its own order (a record reads file, kind, header… down to the document).
 * Arrays keep their order: it is part of the outcome.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (key, v: unknown) => (key !== '' && isPlainObject(v) ? sortedKeys(v) : v), 2)}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
}
