/**
 * practice() and similarPractices(): a practice with its bulletin, its localities and everything above them, its
 * mechanisms with their evidence, organizations, metrics in text order, highlight spans and similar practices.
 */
import type { GraphNode } from '../../graph-document';
import { compareText } from '../first-reports';
import { READ_CAPS, type PracticeDetail, type SimilarPractice } from '../graph-store';
import { evidenceSpans } from './evidence-spans';
import { clampLimit } from './page-window';
import type { Sql } from './sqlite-connection';
import { nodeColumns, toGraphNode, type Row } from './row-values';

const DEFAULT_SIMILAR = 10;

export function readPractice(sql: Sql, id: string): PracticeDetail | null {
  const row = sql.statement(`SELECT ${nodeColumns('Practice')} FROM practice WHERE id = ?`).get(id) as Row | undefined;
  if (!row) return null;
  const practice = toGraphNode('Practice', row);
  const bulletinRow = sql
    .statement(
      `SELECT ${nodeColumns('Bulletin', 'b')} FROM contains c JOIN bulletin b ON b.id = c.bulletin_id WHERE c.practice_id = ?`,
    )
    .get(id) as Row | undefined;
  const located = new Set(
    sql.statement('SELECT locality_id FROM located_in WHERE practice_id = ?').pluck().all(id) as string[],
  );
  // Own localities first, then their ancestors nearest first: 潜山市, 安庆市, 安徽省.
  const localities = (
    sql
      .statement(
        `SELECT ${nodeColumns('Locality', 'l')}, min(a.distance) AS distance FROM located_in li JOIN locality_ancestor a ON a.locality_id = li.locality_id
JOIN locality l ON l.id = a.ancestor_id WHERE li.practice_id = ? GROUP BY l.id ORDER BY distance, l.id`,
      )
      .all(id) as Row[]
  ).map((r) => toGraphNode('Locality', r));
  const uses = sql
    .statement(
      `SELECT ${nodeColumns('Mechanism', 'm')}, u.evidence AS u_evidence, u.start AS u_start, u."end" AS u_end, u.via AS u_via, u.page AS u_page
FROM uses u JOIN mechanism m ON m.id = u.mechanism_id WHERE u.practice_id = ? ORDER BY u.start, m.id`,
    )
    .all(id) as Row[];
  const organizations = sql
    .statement(
      `SELECT ${nodeColumns('Organization', 'o')}, i.evidence AS i_evidence, (r.organization_id IS NOT NULL) AS reported
FROM organization o LEFT JOIN involves i ON i.organization_id = o.id AND i.practice_id = :id LEFT JOIN reported_by r ON r.organization_id = o.id AND r.practice_id = :id
WHERE i.practice_id IS NOT NULL OR r.practice_id IS NOT NULL ORDER BY o.id`,
    )
    .all({ id }) as Row[];
  const metrics = (
    sql
      .statement(
        `SELECT ${nodeColumns('Metric', 'm')} FROM reports r JOIN metric m ON m.id = r.metric_id WHERE r.practice_id = ? ORDER BY m.start, m.id`,
      )
      .all(id) as Row[]
  ).map((r) => toGraphNode('Metric', r));
  const mechanisms = uses.map((u) => ({
    mechanism: toGraphNode('Mechanism', u),
    evidence: typeof u['u_evidence'] === 'string' ? u['u_evidence'] : '',
    start: Number(u['u_start'] ?? 0),
    end: Number(u['u_end'] ?? 0),
    via: typeof u['u_via'] === 'string' ? u['u_via'] : '',
    page: typeof u['u_page'] === 'number' ? u['u_page'] : null,
  }));
  const orgs = organizations.map((o) => ({
    organization: toGraphNode('Organization', o),
    evidence: typeof o['i_evidence'] === 'string' ? o['i_evidence'] : null,
    reportedBy: o['reported'] === 1,
  }));
  return {
    practice,
    bulletin: bulletinRow ? toGraphNode('Bulletin', bulletinRow) : null,
    localities,
    mechanisms,
    organizations: orgs,
    metrics,
    spans: evidenceSpans({
      practice,
      located,
      localities,
      mechanisms,
      metrics,
      organizations: orgs.map((o) => o.organization),
    }),
    similar: readSimilar({ sql, id, limit: READ_CAPS.similar }),
  };
}

/** SIMILAR_TO in either direction (similarity is symmetric), best score first, then by id. */
export function readSimilar({ sql, id, limit }: { sql: Sql; id: string; limit?: number }): SimilarPractice[] {
  const rows = sql
    .statement(
      `SELECT ${nodeColumns('Practice', 'p')}, s.score AS s_score, s.shared_mechanisms AS s_mechanisms, s.shared_terms AS s_terms
FROM (SELECT similar_id AS other, score, shared_mechanisms, shared_terms FROM similar_to WHERE practice_id = :id
      UNION ALL SELECT practice_id, score, shared_mechanisms, shared_terms FROM similar_to WHERE similar_id = :id) s
JOIN practice p ON p.id = s.other`,
    )
    .all({ id }) as Row[];
  const best = new Map<string, SimilarPractice>();
  for (const row of rows) {
    const practice: GraphNode = toGraphNode('Practice', row);
    const score = Number(row['s_score'] ?? 0);
    if ((best.get(practice.id)?.score ?? -Infinity) >= score) continue;
    best.set(practice.id, {
      practice,
      score,
      sharedMechanisms: list(row['s_mechanisms']),
      sharedTerms: list(row['s_terms']),
    });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || compareText(a.practice.id, b.practice.id))
    .slice(0, clampLimit({ limit, cap: READ_CAPS.similar, fallback: DEFAULT_SIMILAR }));
}

function list(value: unknown): string[] {
  return typeof value === 'string' ? (JSON.parse(value) as string[]) : [];
}
