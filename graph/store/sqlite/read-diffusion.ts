/**
 * diffusion(): a mechanism's adopters — the localities of the practices using it, their own or rolled up to a level —
 * each with its first report (earliest bulletin date, undated last) and every practice behind it, reprints left out.
 * Grouping and ordering use the rules both stores share (first-reports.ts).
 */
import type { GraphNode } from '../../graph-document';
import { ROLLUP_LEVELS } from '../../schema';
import { byFirstReport, groupFirstReports } from '../first-reports';
import { READ_CAPS, type Diffusion, type DiffusionRequest } from '../graph-store';
import { StoreError } from '../store-error';
import { findMechanism } from './find-nodes';
import { clampLimit } from './page-window';
import { readNodesOf } from './read-nodes';
import { reportJoins, toReportPair, type ReportRow } from './report-rows';
import type { Sql } from './sqlite-connection';

export function readDiffusion(sql: Sql, request: DiffusionRequest): Diffusion | null {
  if (request.level !== undefined && !(ROLLUP_LEVELS as readonly string[]).includes(request.level)) {
    throw new StoreError('InvalidInput', `diffusion: cannot roll up to level ${String(request.level)}`);
  }
  const mechanism = findMechanism(sql, request.mechanism);
  if (!mechanism) return null;
  const { joins, notReprint } = reportJoins('u.practice_id');
  const places =
    request.level === undefined
      ? 'JOIN located_in li ON li.practice_id = u.practice_id JOIN locality l ON l.id = li.locality_id'
      : 'JOIN practice_place pp ON pp.practice_id = u.practice_id JOIN locality l ON l.id = pp.locality_id AND l.level = :level';
  const rows = sql
    .statement(
      `SELECT l.id AS key, u.practice_id AS practice_id, c.bulletin_id AS bulletin_id, b.date AS date, l.code AS code
FROM uses u ${places} ${joins} WHERE u.mechanism_id = :mechanism AND ${notReprint}`,
    )
    .all({ mechanism: mechanism.id, level: request.level ?? null }) as (ReportRow & { code: string })[];
  sql.checkpoint();
  const codes = new Map(rows.map((r) => [r.key, r.code]));
  const adopters = groupFirstReports(rows.map(toReportPair)).sort(byFirstReport((key) => codes.get(key) ?? ''));
  const limit = clampLimit({ limit: request.limit, cap: READ_CAPS.adoptionLocalities });
  const kept = adopters.slice(0, limit);
  const localities = new Map(
    readNodesOf({ sql, label: 'Locality', ids: kept.map((a) => a.key) }).map((n) => [n.id, n]),
  );
  return {
    mechanism,
    level: request.level ?? null,
    events: kept.map((a) => ({
      locality: localities.get(a.key) as GraphNode,
      firstReported: a.first.date,
      bulletinId: a.first.bulletinId,
      practiceIds: a.practiceIds.slice(0, READ_CAPS.pageSize),
      practices: a.practiceIds.length,
    })),
    trimmed: adopters.length > limit,
  };
}
