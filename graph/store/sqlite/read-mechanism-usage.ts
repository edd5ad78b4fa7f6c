/** mechanismUsage(): how each named mechanism was linked (USES.via, per practice) and one evidence sentence, reprints left out. */
import { READ_CAPS, type MechanismUsage } from '../graph-store';
import { StoreError } from '../store-error';
import { byPracticesThenVia } from '../usage-order';
import type { Sql } from './sqlite-connection';

const NOT_REPRINT = 'NOT EXISTS (SELECT 1 FROM reprint_of r WHERE r.practice_id = u.practice_id)';

export function readMechanismUsage(sql: Sql, names: readonly string[]): MechanismUsage[] {
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string'))
    throw new StoreError('InvalidInput', 'mechanismUsage: names must be a list of strings');
  const asked = JSON.stringify(names.slice(0, READ_CAPS.pageSize));
  const mechanisms = sql
    .statement(
      'SELECT m.id AS id, m.name AS name FROM json_each(?) j JOIN mechanism m ON m.name = j.value ORDER BY j.key',
    )
    .all(asked) as { id: string; name: string }[];
  const vias = sql.statement(
    `SELECT u.via AS via, count(DISTINCT u.practice_id) AS practices FROM uses u WHERE u.mechanism_id = ? AND ${NOT_REPRINT}
GROUP BY u.via`,
  );
  const first = sql.statement(
    `SELECT u.practice_id AS practiceId, u.evidence AS sentence FROM uses u WHERE u.mechanism_id = ? AND ${NOT_REPRINT}
ORDER BY u.practice_id LIMIT 1`,
  );
  const seen = new Set<string>();
  return mechanisms
    .filter((m) => !seen.has(m.name) && seen.add(m.name))
    .map((m) => {
      const rows = vias.all(m.id) as { via: string | null; practices: number }[];
      const evidence = first.get(m.id) as { practiceId: string; sentence: string | null } | undefined;
      return {
        name: m.name,
        via: rows.map((r) => ({ via: r.via ?? '', practices: Number(r.practices) })).sort(byPracticesThenVia),
        evidence: evidence ? { practiceId: evidence.practiceId, sentence: evidence.sentence ?? '' } : null,
      };
    });
}
