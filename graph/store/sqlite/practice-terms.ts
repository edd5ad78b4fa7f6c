/**
 * The analyses' term cache in the database (`practice_terms`): each practice's segmented terms as JSON pairs
 * [[term, count], …], valid for one segmentation knowledge (its fingerprint in store_settings). Terms arrive with
 * a bulletin from the ingest, which segments each text once, or from an analysis run that had to segment a text;
 * a different fingerprint empties the cache, since every cut may have changed.
 */
import type { Sql } from './sqlite-connection';

export interface PracticeTermsInput {
  /** What the terms depend on: the knowledge files and library versions that cut them. */
  fingerprint: string;
  byPractice: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const FINGERPRINT_KEY = 'terms_fingerprint';

/** Writes the terms of these practices (others in `input` are ignored), first dropping a cache of other knowledge. */
export function writeTerms({
  sql,
  input,
  practiceIds,
}: {
  sql: Sql;
  input: PracticeTermsInput;
  practiceIds: readonly string[];
}): void {
  adoptFingerprint(sql, input.fingerprint);
  const insert = sql.statement(
    'INSERT INTO practice_terms (practice_id, terms) VALUES (?, ?) ON CONFLICT (practice_id) DO UPDATE SET terms = excluded.terms',
  );
  for (const id of practiceIds) {
    const terms = input.byPractice.get(id);
    if (terms) insert.run(id, encodeTerms(terms));
  }
}

/** Makes `fingerprint` the cache's; the terms of another one are deleted. */
export function adoptFingerprint(sql: Sql, fingerprint: string): void {
  const stored = sql.statement('SELECT value FROM store_settings WHERE key = ?').pluck().get(FINGERPRINT_KEY);
  if (stored === fingerprint) return;
  sql.statement('DELETE FROM practice_terms').run();
  sql
    .statement(
      'INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(FINGERPRINT_KEY, fingerprint);
}

export function storedFingerprint(sql: Sql): string | null {
  const value = sql.statement('SELECT value FROM store_settings WHERE key = ?').pluck().get(FINGERPRINT_KEY);
  return typeof value === 'string' ? value : null;
}

export function encodeTerms(terms: ReadonlyMap<string, number>): string {
  return JSON.stringify([...terms]);
}

export function decodeTerms(encoded: string): Map<string, number> {
  return new Map(JSON.parse(encoded) as [string, number][]);
}
