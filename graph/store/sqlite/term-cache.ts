/**
 * The analyses' term cache on the store's connection (practice-terms.ts): `get` reads one practice's terms when they
 * were cut by the knowledge the cache is opened for; `save` writes what the analyses segmented, in one transaction,
 * for practices that still exist. Only saves time: deleting `practice_terms` rows is always safe.
 */
import type { AnalysisPractice, StoredTermCache } from '../graph-store';
import { adoptFingerprint, decodeTerms, encodeTerms, storedFingerprint } from './practice-terms';
import type { SqliteConnection } from './sqlite-connection';

export function openTermCache(connection: SqliteConnection, fingerprint: string): StoredTermCache {
  const valid = connection.now('termCache', (sql) => storedFingerprint(sql)) === fingerprint;
  const cached = new Set<string>(
    valid
      ? (connection.now('termCache', (sql) =>
          sql.statement('SELECT practice_id FROM practice_terms').pluck().all(),
        ) as string[])
      : [],
  );
  const fresh = new Map<string, string>();
  let reused = 0;
  return {
    cached,
    get(practice: AnalysisPractice) {
      // Terms set during this run (segmented ahead, in worker threads) come first; they are not reuse.
      const pending = fresh.get(practice.id);
      if (pending !== undefined) return decodeTerms(pending);
      if (!cached.has(practice.id)) return undefined;
      const encoded = connection.now('termCache', (sql) =>
        sql.statement('SELECT terms FROM practice_terms WHERE practice_id = ?').pluck().get(practice.id),
      );
      if (typeof encoded !== 'string') return undefined;
      reused++;
      return decodeTerms(encoded);
    },
    set(practice, terms) {
      fresh.set(practice.id, encodeTerms(terms));
    },
    get reused() {
      return reused;
    },
    save: () =>
      connection.write('termCache', (sql) => {
        adoptFingerprint(sql, fingerprint);
        const insert = sql.statement(
          `INSERT INTO practice_terms (practice_id, terms) SELECT :id, :terms WHERE EXISTS (SELECT 1 FROM practice WHERE id = :id)
ON CONFLICT (practice_id) DO UPDATE SET terms = excluded.terms`,
        );
        for (const [id, terms] of fresh) insert.run({ id, terms });
      }),
  };
}
