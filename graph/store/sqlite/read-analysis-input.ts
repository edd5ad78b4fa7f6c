/** analysisInput(): every practice, compactly, for the analyses: text, bulletin and date, locality codes, mechanism names. */
import { compareText } from '../first-reports';
import type { AnalysisInput } from '../graph-store';
import { graphVersion } from './analysis-state';
import type { Sql } from './sqlite-connection';

/** In id order, so the analyses see the same input whatever order the bulletins were written in; one snapshot with the version. */
export function readAnalysisInput(sql: Sql): AnalysisInput {
  const version = graphVersion(sql);
  const rows = sql
    .statement(
      `SELECT p.id AS id, p.title AS title, p.text AS text, coalesce(c.bulletin_id, '') AS bulletinId, coalesce(p.date, b.date) AS date,
  (SELECT json_group_array(l.code) FROM located_in li JOIN locality l ON l.id = li.locality_id WHERE li.practice_id = p.id) AS codes,
  (SELECT json_group_array(m.name) FROM uses u JOIN mechanism m ON m.id = u.mechanism_id WHERE u.practice_id = p.id) AS names
FROM practice p LEFT JOIN contains c ON c.practice_id = p.id LEFT JOIN bulletin b ON b.id = c.bulletin_id`,
    )
    .all() as {
    id: string;
    title: string | null;
    text: string | null;
    bulletinId: string;
    date: string | null;
    codes: string;
    names: string;
  }[];
  const practices = rows
    .map((r) => ({
      id: r.id,
      title: r.title ?? '',
      text: r.text ?? '',
      bulletinId: r.bulletinId,
      date: r.date,
      localityCodes: (JSON.parse(r.codes) as string[]).sort(compareText),
      mechanisms: (JSON.parse(r.names) as string[]).sort(compareText),
    }))
    .sort((a, b) => compareText(a.id, b.id));
  return { practices, graphVersion: version };
}
