/** The SQLite store's reads, each one read transaction through `read` (CONTRACT.md, Reads). */
import type { GraphStore, ReadOptions } from '../graph-store';
import { requireString } from '../string-argument';
import { readAnalysisStatus } from './analysis-state';
import { readAdoption } from './read-adoption';
import { readAnalysisInput } from './read-analysis-input';
import { readDiffusion } from './read-diffusion';
import { readFamily } from './read-family';
import { readStats, readWholeGraph } from './read-graph';
import { readLocalities, readMechanisms } from './read-listings';
import { readMechanismUsage } from './read-mechanism-usage';
import { readNeighborhood } from './read-neighborhood';
import { readNode } from './read-nodes';
import { readPanel } from './read-panel';
import { readComparison, readPortfolio, readSimilarLocalities } from './read-portfolios';
import { readPractice, readSimilar } from './read-practice';
import { readSearch } from './read-search';
import { readStoredBulletins } from './read-stored-bulletins';
import type { Sql } from './sqlite-connection';

/** Runs `body` in one read transaction of the open store (or fails naming the operation). */
export type ReadIn = <T>(operation: string, options: ReadOptions | undefined, body: (sql: Sql) => T) => Promise<T>;

export type StoreReads = Pick<
  GraphStore,
  | 'node'
  | 'neighborhood'
  | 'search'
  | 'localities'
  | 'mechanisms'
  | 'adoption'
  | 'practice'
  | 'similarPractices'
  | 'stats'
  | 'diffusion'
  | 'localityPortfolio'
  | 'comparePortfolios'
  | 'similarLocalities'
  | 'mechanismFamily'
  | 'adoptionPanel'
  | 'mechanismUsage'
  | 'storedBulletins'
  | 'analysisInput'
  | 'analysisStatus'
  | 'exportDocument'
>;

export function storeReads(read: ReadIn): StoreReads {
  return {
    node: (id, o) =>
      read('node', o, (sql) => readNode(sql, requireString({ operation: 'node', name: 'id', value: id }))),
    neighborhood: (request, o) =>
      read('neighborhood', o, (sql) =>
        readNeighborhood(sql, {
          ...request,
          id: requireString({ operation: 'neighborhood', name: 'id', value: request.id }),
        }),
      ),
    search: (request, o) => read('search', o, (sql) => readSearch(sql, request)),
    localities: (query, o) => read('localities', o, (sql) => readLocalities(sql, query)),
    mechanisms: (query, o) => read('mechanisms', o, (sql) => readMechanisms(sql, query)),
    adoption: (request, o) => read('adoption', o, (sql) => readAdoption(sql, request)),
    practice: (id, o) =>
      read('practice', o, (sql) => readPractice(sql, requireString({ operation: 'practice', name: 'id', value: id }))),
    similarPractices: (id, limit, o) =>
      read('similarPractices', o, (sql) =>
        readSimilar({ sql, id: requireString({ operation: 'similarPractices', name: 'id', value: id }), limit }),
      ),
    stats: (o) => read('stats', o, readStats),
    diffusion: (request, o) =>
      read('diffusion', o, (sql) =>
        readDiffusion(sql, {
          ...request,
          mechanism: requireString({ operation: 'diffusion', name: 'mechanism', value: request.mechanism }),
        }),
      ),
    localityPortfolio: (code, o) =>
      read('localityPortfolio', o, (sql) =>
        readPortfolio(sql, requireString({ operation: 'localityPortfolio', name: 'code', value: code })),
      ),
    comparePortfolios: (a, b, o) =>
      read('comparePortfolios', o, (sql) =>
        readComparison({
          sql,
          a: requireString({ operation: 'comparePortfolios', name: 'code', value: a }),
          b: requireString({ operation: 'comparePortfolios', name: 'code', value: b }),
        }),
      ),
    similarLocalities: (request, o) =>
      read('similarLocalities', o, (sql) =>
        readSimilarLocalities(sql, {
          ...request,
          code: requireString({ operation: 'similarLocalities', name: 'code', value: request.code }),
        }),
      ),
    mechanismFamily: (mechanism, o) =>
      read('mechanismFamily', o, (sql) =>
        readFamily(sql, requireString({ operation: 'mechanismFamily', name: 'mechanism', value: mechanism })),
      ),
    adoptionPanel: () => read('adoptionPanel', undefined, readPanel),
    mechanismUsage: (names, o) => read('mechanismUsage', o, (sql) => readMechanismUsage(sql, names)),
    storedBulletins: () => read('storedBulletins', undefined, readStoredBulletins),
    analysisInput: () => read('analysisInput', undefined, readAnalysisInput),
    analysisStatus: (o) => read('analysisStatus', o, readAnalysisStatus),
    exportDocument: () => read('exportDocument', undefined, readWholeGraph),
  };
}
