/** `localityPortfolio`, `comparePortfolios`, `similarLocalities` over Cypher report rows, with the shared rules of ../portfolio-similarity.ts. */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphNode } from '../../graph-document';
import { compareText, groupFirstReports, type Report } from '../first-reports';
import {
  READ_CAPS,
  type LocalityPortfolio,
  type PortfolioComparison,
  type SimilarLocalitiesRequest,
  type SimilarLocality,
  type ReadOptions,
} from '../graph-store';
import { comparePortfolioSets, comparisonLevel, rankSimilarLocalities } from '../portfolio-similarity';
import { StoreError } from '../store-error';
import {
  LEVEL_PORTFOLIOS,
  LOCALITIES_BY_CODE,
  LOCALITY_BY_CODE,
  MECHANISMS_BY_NAME,
  PORTFOLIO_REPORTS,
  RELATED_CODES,
} from './cypher/analysis-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, listField, stringField, stringList } from './record-fields';
import { clampLimit } from './request-limits';
import { reportOf } from './report-rows';
import { asNode, toGraphNode } from './to-graph';

export async function readLocalityPortfolio({
  connection,
  code,
  options = {},
}: {
  connection: Neo4jConnection;
  code: string;
  options?: ReadOptions;
}): Promise<LocalityPortfolio | null> {
  requireCode('localityPortfolio', code);
  return connection.read(
    'localityPortfolio',
    async (tx) => {
      const locality = await localityByCode(tx, code);
      if (!locality) return null;
      const { generation } = await currentGeneration(tx);
      const groups = groupFirstReports(
        (await run({ tx, stmt: PORTFOLIO_REPORTS, params: { localityId: locality.id, generation } })).map(
          (r): [string, Report] => [stringField(r, 'mechanism'), reportOf(r)],
        ),
      );
      groups.sort((a, b) => b.practiceIds.length - a.practiceIds.length || compareText(a.key, b.key));
      const nodes = new Map(
        (await run({ tx, stmt: MECHANISMS_BY_NAME, params: { names: groups.map((g) => g.key) } })).map((r) => {
          const node = toGraphNode(asNode(field(r, 'm'), 'mechanism'));
          return [String(node.properties.name), node] as const;
        }),
      );
      return {
        locality,
        mechanisms: groups.flatMap((g) => {
          const mechanism = nodes.get(g.key);
          return mechanism ? [{ mechanism, practices: g.practiceIds.length, firstReported: g.first.date }] : [];
        }),
      };
    },
    options,
  );
}

export async function readComparePortfolios({
  connection,
  pair,
  options = {},
}: {
  connection: Neo4jConnection;
  pair: { a: string; b: string };
  options?: ReadOptions;
}): Promise<PortfolioComparison | null> {
  const { a, b } = pair;
  requireCode('comparePortfolios', a);
  requireCode('comparePortfolios', b);
  return connection.read(
    'comparePortfolios',
    async (tx) => {
      const first = await localityByCode(tx, a);
      const second = await localityByCode(tx, b);
      if (!first || !second) return null;
      return {
        a: first,
        b: second,
        ...comparePortfolioSets(await mechanismNames(tx, first.id), await mechanismNames(tx, second.id)),
      };
    },
    options,
  );
}

export async function readSimilarLocalities({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: SimilarLocalitiesRequest;
  options?: ReadOptions;
}): Promise<SimilarLocality[]> {
  const op = 'similarLocalities';
  requireCode(op, request.code);
  const limit = clampLimit({ limit: request.limit, cap: READ_CAPS.similar, fallback: 10 });
  return connection.read(
    op,
    async (tx) => {
      const target = await localityByCode(tx, request.code);
      if (!target) return [];
      const level = comparisonLevel({ operation: op, ownLevel: target.properties.level, requested: request.level });
      const [relatedRecord] = await run({ tx, stmt: RELATED_CODES, params: { localityId: target.id } });
      const related = new Set(relatedRecord ? stringList(field(relatedRecord, 'codes'), 'codes') : []);
      const { generation } = await currentGeneration(tx);
      const candidates = (await run({ tx, stmt: LEVEL_PORTFOLIOS, params: { level, generation } }))
        .map((r) => ({
          code: stringField(r, 'code'),
          mechanisms: new Set(stringList(listField(r, 'mechanisms'), 'mechanisms')),
        }))
        .filter((c) => !related.has(c.code))
        .map((c) => ({ ...c, locality: c.code }));
      const ranked = rankSimilarLocalities({ target: await mechanismNames(tx, target.id), candidates, limit });
      const nodes = new Map(
        (await run({ tx, stmt: LOCALITIES_BY_CODE, params: { codes: ranked.map((r) => r.locality) } })).map((r) => {
          const node = toGraphNode(asNode(field(r, 'l'), 'locality'));
          return [String(node.properties.code), node] as const;
        }),
      );
      return ranked.flatMap((r) => {
        const locality = nodes.get(r.locality);
        return locality ? [{ locality, jaccard: r.jaccard, shared: r.shared }] : [];
      });
    },
    options,
  );
}

async function localityByCode(tx: ManagedTransaction, code: string): Promise<GraphNode | null> {
  const [record] = await run({ tx, stmt: LOCALITY_BY_CODE, params: { code } });
  return record ? toGraphNode(asNode(field(record, 'l'), 'locality')) : null;
}

async function mechanismNames(tx: ManagedTransaction, localityId: string): Promise<Set<string>> {
  const { generation } = await currentGeneration(tx);
  return new Set(
    (await run({ tx, stmt: PORTFOLIO_REPORTS, params: { localityId, generation } })).map((r) =>
      stringField(r, 'mechanism'),
    ),
  );
}

function requireCode(operation: string, code: unknown): void {
  if (typeof code !== 'string')
    throw new StoreError('InvalidInput', `${operation}: the locality code must be a string`);
}
