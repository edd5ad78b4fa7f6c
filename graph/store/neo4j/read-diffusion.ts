/**
 * `diffusion` and `adoptionPanel`: the report rows come from Cypher (analysis-statements.ts) and are grouped by the
 * rules the SQLite store uses (graph/store/first-reports.ts), so both stores pick the same first reports.
 */
import { ROLLUP_LEVELS } from '../../schema';
import { byFirstReport, groupFirstReports, type Report } from '../first-reports';
import {
  READ_CAPS,
  type AdoptionPanelRow,
  type Diffusion,
  type DiffusionRequest,
  type ReadOptions,
} from '../graph-store';
import { comparePanelRows } from '../panel-order';
import { StoreError } from '../store-error';
import { DIFFUSION_REPORTS, LOCALITIES_BY_CODE, MECHANISM_BY_NAME, PANEL_REPORTS } from './cypher/analysis-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, stringField } from './record-fields';
import { clampLimit } from './request-limits';
import { optionalString, reportOf } from './report-rows';
import { asNode, toGraphNode } from './to-graph';

export async function readDiffusion({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: DiffusionRequest;
  options?: ReadOptions;
}): Promise<Diffusion | null> {
  const op = 'diffusion';
  if (request.level !== undefined && !(ROLLUP_LEVELS as readonly string[]).includes(request.level)) {
    throw new StoreError('InvalidInput', `${op}: cannot roll up to level ${String(request.level)}`);
  }
  if (typeof request.mechanism !== 'string') throw new StoreError('InvalidInput', `${op}: mechanism must be a string`);
  const limit = clampLimit({ limit: request.limit, cap: READ_CAPS.adoptionLocalities });
  return connection.read(
    op,
    async (tx) => {
      const [found] = await run({ tx, stmt: MECHANISM_BY_NAME, params: { mechanism: request.mechanism } });
      if (!found) return null;
      const mechanism = toGraphNode(asNode(field(found, 'm'), 'mechanism'));
      const { generation } = await currentGeneration(tx);
      const rows = await run({
        tx,
        stmt: DIFFUSION_REPORTS,
        params: { mechanismId: mechanism.id, level: request.level ?? null, generation },
      });
      const adopters = groupFirstReports(rows.map((r): [string, Report] => [stringField(r, 'code'), reportOf(r)])).sort(
        byFirstReport((code) => code),
      );
      const kept = adopters.slice(0, limit);
      const localities = new Map(
        (await run({ tx, stmt: LOCALITIES_BY_CODE, params: { codes: kept.map((a) => a.key) } })).map((r) => {
          const node = toGraphNode(asNode(field(r, 'l'), 'locality'));
          return [String(node.properties.code), node] as const;
        }),
      );
      return {
        mechanism,
        level: request.level ?? null,
        events: kept.flatMap((a) => {
          const locality = localities.get(a.key);
          return locality
            ? [
                {
                  locality,
                  firstReported: a.first.date,
                  bulletinId: a.first.bulletinId,
                  practiceIds: a.practiceIds.slice(0, READ_CAPS.pageSize),
                  practices: a.practiceIds.length,
                },
              ]
            : [];
        }),
        trimmed: adopters.length > limit,
      };
    },
    options,
  );
}

export async function readAdoptionPanel(connection: Neo4jConnection): Promise<AdoptionPanelRow[]> {
  return connection.read('adoptionPanel', async (tx) => {
    const localities = new Map<string, { name: string; level: string }>();
    const titles = new Map<string, string | null>();
    const { generation } = await currentGeneration(tx);
    const pairs = (await run({ tx, stmt: PANEL_REPORTS, params: { generation } })).map((r): [string, Report] => {
      const code = stringField(r, 'code');
      const report = reportOf(r);
      localities.set(code, {
        name: optionalString(field(r, 'name')) ?? '',
        level: optionalString(field(r, 'level')) ?? '',
      });
      titles.set(report.bulletinId, optionalString(field(r, 'bulletinTitle')));
      return [`${stringField(r, 'mechanism')}\u0000${code}`, report];
    });
    return groupFirstReports(pairs)
      .map((group): AdoptionPanelRow => {
        const [mechanism = '', code = ''] = group.key.split('\u0000');
        const locality = localities.get(code);
        return {
          mechanism,
          localityCode: code,
          localityName: locality?.name ?? '',
          level: locality?.level ?? '',
          firstReported: group.first.date,
          bulletinId: group.first.bulletinId,
          bulletinTitle: titles.get(group.first.bulletinId) ?? null,
          practiceId: group.first.practiceId,
          practices: group.practiceIds.length,
        };
      })
      .sort(comparePanelRows);
  });
}
