/**
 * The Neo4j adapter of the GraphStore port (graph/store/graph-store.ts): wires each operation to its module.
 * The driver connects lazily; `open()` verifies the connection and creates the schema.
 */
import type { GraphStore } from '../graph-store';
import { connectNeo4j, type Neo4jStoreConfig } from './connection';
import { generationConsistentReads } from './current-generation';
import { openSchema } from './open-schema';
import { readAdoption } from './read-adoption';
import { readAdoptionPanel, readDiffusion } from './read-diffusion';
import { readMechanismFamily } from './read-family';
import { readComparePortfolios, readLocalityPortfolio, readSimilarLocalities } from './read-portfolios';
import { readLocalities, readMechanisms } from './read-listings';
import { readNeighborhood, readNode } from './read-neighborhood';
import { readPractice, readSimilarPractices } from './read-practice';
import { searchNodes } from './read-search';
import { exportDocument, readStats } from './read-whole-graph';
import { runReadOnlyCypher } from './run-read-only-cypher';
import { readAnalysisInput } from './read-analysis-input';
import { readAnalysisStatus } from './read-analysis-status';
import { readMechanismUsage, readStoredBulletins } from './read-curation';
import { replaceMechanisms } from './replace-mechanisms';
import { replaceAnalyses } from './replace-analyses';
import { clearGraph, deleteBulletin, upsertBulletin } from './write-bulletin';

/** The port plus the read-only Cypher entry point, which on this store is always present. */
export type Neo4jGraphStore = GraphStore & { readonly kind: 'neo4j'; cypher: NonNullable<GraphStore['cypher']> };

export function createNeo4jStore(config: Neo4jStoreConfig): Neo4jGraphStore {
  const connection = generationConsistentReads(connectNeo4j(config));
  return {
    kind: 'neo4j',
    open: () => openSchema(connection),
    close: () => connection.close(),
    upsertBulletin: (document) => upsertBulletin(connection, document),
    deleteBulletin: (id) => deleteBulletin(connection, id),
    clear: () => clearGraph(connection),
    node: (id, options) => readNode({ connection, id, options }),
    neighborhood: (request, options) => readNeighborhood({ connection, request, options }),
    search: (request, options) => searchNodes({ connection, request, options }),
    localities: (query, options) => readLocalities({ connection, query, options }),
    mechanisms: (query, options) => readMechanisms({ connection, query, options }),
    adoption: (request, options) => readAdoption({ connection, request, options }),
    practice: (id, options) => readPractice({ connection, id, options }),
    similarPractices: (id, limit, options) =>
      readSimilarPractices({ connection, request: { id, ...(limit === undefined ? {} : { limit }) }, options }),
    stats: (options) => readStats(connection, options),
    exportDocument: () => exportDocument(connection),
    diffusion: (request, options) => readDiffusion({ connection, request, options }),
    localityPortfolio: (code, options) => readLocalityPortfolio({ connection, code, options }),
    comparePortfolios: (a, b, options) => readComparePortfolios({ connection, pair: { a, b }, options }),
    similarLocalities: (request, options) => readSimilarLocalities({ connection, request, options }),
    mechanismFamily: (mechanism, options) => readMechanismFamily({ connection, mechanism, options }),
    adoptionPanel: () => readAdoptionPanel(connection),
    mechanismUsage: (names, options) => readMechanismUsage({ connection, names, options }),
    storedBulletins: () => readStoredBulletins(connection),
    replaceMechanisms: (mechanisms) => replaceMechanisms(connection, mechanisms),
    analysisInput: () => readAnalysisInput(connection),
    replaceAnalyses: (analyses, options) =>
      replaceAnalyses(connection, {
        analyses,
        ...(config.analysisBatchSize ? { batchSize: config.analysisBatchSize } : {}),
        ...(options?.computedFrom === undefined ? {} : { computedFrom: options.computedFrom }),
        ...(options?.signal ? { signal: options.signal } : {}),
      }),
    analysisStatus: (options) => readAnalysisStatus(connection, options),
    cypher: (query, params, options) =>
      runReadOnlyCypher(connection, {
        query,
        ...(params === undefined ? {} : { params }),
        ...(options === undefined ? {} : { options }),
      }),
  };
}
