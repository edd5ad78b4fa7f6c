/** storedBulletins(): every bulletin with its practices by ordinal and the mechanisms each uses — what `kg relink` links again. */
import { compareText } from '../first-reports';
import type { StoredBulletin } from '../graph-store';
import { nodeColumns, toGraphNode, type Row } from './row-values';
import type { Sql } from './sqlite-connection';

export function readStoredBulletins(sql: Sql): StoredBulletin[] {
  const bulletins = (sql.statement(`SELECT ${nodeColumns('Bulletin')} FROM bulletin`).all() as Row[]).map((r) =>
    toGraphNode('Bulletin', r),
  );
  const practices = sql
    .statement(
      `SELECT ${nodeColumns('Practice', 'p')}, c.bulletin_id AS c_bulletin,
  (SELECT json_group_array(m.name) FROM uses u JOIN mechanism m ON m.id = u.mechanism_id WHERE u.practice_id = p.id) AS c_mechanisms
FROM contains c JOIN practice p ON p.id = c.practice_id ORDER BY c.bulletin_id, p.ordinal, p.id`,
    )
    .all() as Row[];
  const byBulletin = new Map<string, StoredBulletin['practices']>();
  for (const row of practices) {
    const id = String(row['c_bulletin']);
    const list = byBulletin.get(id) ?? [];
    list.push({
      practice: toGraphNode('Practice', row),
      mechanisms: (JSON.parse(String(row['c_mechanisms'])) as string[]).sort(compareText),
    });
    byBulletin.set(id, list);
  }
  return bulletins
    .sort((a, b) => compareText(a.id, b.id))
    .map((bulletin) => ({ bulletin, practices: byBulletin.get(bulletin.id) ?? [] }));
}
