/**
 * Locality portfolios — the mechanisms of the practices located in a locality or below it, reprints left out — and
 * what they allow: comparing two localities, and the localities of one level whose portfolios are most like one's
 * (Jaccard over adoption_counts, which holds every portfolio already).
 */
import type { GraphNode } from '../../graph-document';
import { compareText, groupFirstReports } from '../first-reports';
import {
  READ_CAPS,
  type LocalityPortfolio,
  type PortfolioComparison,
  type SimilarLocalitiesRequest,
  type SimilarLocality,
} from '../graph-store';
import { comparePortfolioSets, comparisonLevel } from '../portfolio-similarity';
import { findLocality } from './find-nodes';
import { clampLimit } from './page-window';
import { readNodesOf } from './read-nodes';
import { reportJoins, toReportPair, type ReportRow } from './report-rows';
import type { Sql } from './sqlite-connection';

const DEFAULT_SIMILAR = 10;

export function readPortfolio(sql: Sql, code: string): LocalityPortfolio | null {
  const locality = findLocality(sql, code);
  if (!locality) return null;
  const { joins, notReprint } = reportJoins('u.practice_id');
  const rows = sql
    .statement(
      `SELECT u.mechanism_id AS key, u.practice_id AS practice_id, c.bulletin_id AS bulletin_id, b.date AS date
FROM practice_place pp JOIN uses u ON u.practice_id = pp.practice_id ${joins} WHERE pp.locality_id = ? AND ${notReprint}`,
    )
    .all(locality.id) as ReportRow[];
  const groups = groupFirstReports(rows.map(toReportPair));
  const mechanisms = new Map(
    readNodesOf({ sql, label: 'Mechanism', ids: groups.map((g) => g.key) }).map((m) => [m.id, m]),
  );
  const name = (id: string) => String(mechanisms.get(id)?.properties.name ?? id);
  groups.sort((a, b) => b.practiceIds.length - a.practiceIds.length || compareText(name(a.key), name(b.key)));
  return {
    locality,
    mechanisms: groups.map((g) => ({
      mechanism: mechanisms.get(g.key) as GraphNode,
      practices: g.practiceIds.length,
      firstReported: g.first.date,
    })),
  };
}

export function readComparison({ sql, a, b }: { sql: Sql; a: string; b: string }): PortfolioComparison | null {
  const first = findLocality(sql, a);
  const second = findLocality(sql, b);
  if (!first || !second) return null;
  return {
    a: first,
    b: second,
    ...comparePortfolioSets(portfolioNames(sql, first.id), portfolioNames(sql, second.id)),
  };
}

/** Localities at one level sharing a mechanism with the given one's portfolio, best Jaccard first; its own chain is left out. */
export function readSimilarLocalities(sql: Sql, request: SimilarLocalitiesRequest): SimilarLocality[] {
  const target = findLocality(sql, request.code);
  if (!target) return [];
  const level = comparisonLevel({
    operation: 'similarLocalities',
    ownLevel: target.properties.level,
    requested: request.level,
  });
  const own = portfolioNames(sql, target.id);
  const rows = sql
    .statement(
      `SELECT a.locality_id AS id, l.code AS code, (SELECT count(*) FROM adoption_counts s WHERE s.locality_id = a.locality_id) AS size, count(*) AS shared
FROM adoption_counts a JOIN locality l ON l.id = a.locality_id
WHERE l.level = :level AND a.mechanism_id IN (SELECT mechanism_id FROM adoption_counts WHERE locality_id = :target)
AND l.id NOT IN (SELECT ancestor_id FROM locality_ancestor WHERE locality_id = :target)
AND l.id NOT IN (SELECT locality_id FROM locality_ancestor WHERE ancestor_id = :target)
GROUP BY a.locality_id`,
    )
    .all({ level, target: target.id }) as { id: string; code: string; size: number; shared: number }[];
  const ranked = rows
    .map((r) => ({ ...r, jaccard: r.shared / (own.size + r.size - r.shared) }))
    .sort((x, y) => y.jaccard - x.jaccard || y.shared - x.shared || compareText(x.code, y.code))
    .slice(0, clampLimit({ limit: request.limit, cap: READ_CAPS.similar, fallback: DEFAULT_SIMILAR }));
  const nodes = new Map(readNodesOf({ sql, label: 'Locality', ids: ranked.map((r) => r.id) }).map((n) => [n.id, n]));
  return ranked.map((r) => {
    const shared = comparePortfolioSets(own, portfolioNames(sql, r.id)).shared;
    return {
      locality: nodes.get(r.id) as GraphNode,
      jaccard: shared.length / (own.size + r.size - shared.length),
      shared,
    };
  });
}

/** The names of the mechanisms reported at or below a locality. */
function portfolioNames(sql: Sql, localityId: string): Set<string> {
  return new Set(
    sql
      .statement(
        'SELECT m.name FROM adoption_counts a JOIN mechanism m ON m.id = a.mechanism_id WHERE a.locality_id = ?',
      )
      .pluck()
      .all(localityId) as string[],
  );
}
