/**
 * The Neo4j adapter of the GraphStore port (graph/store/graph-store.ts): wires each operation to its module.
 * The driver connects lazily; `open()` verifies the connection and creates the schema.
 */
import type { GraphStore } from '../graph-store';
import { connectNeo4j, type Neo4jStoreConfig } from './connection';
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
import { readAnalysisInput, writeAnalyses } from './write-analyses';
import { clearGraph, deleteBulletin, upsertBulletin } from './write-bulletin';

/** The port plus the read-only Cypher entry point, which on this store is always present. */
export type Neo4jGraphStore = GraphStore & { readonly kind: 'neo4j'; cypher: NonNullable<GraphStore['cypher']> };

export function createNeo4jStore(config: Neo4jStoreConfig): Neo4jGraphStore {
  const connection = connectNeo4j(config);
  return {
    kind: 'neo4j',
    open: () => openSchema(connection),
    close: () => connection.close(),
    upsertBulletin: (document) => upsertBulletin(connection, document),
    deleteBulletin: (id) => deleteBulletin(connection, id),
    clear: () => clearGraph(connection),
    node: (id) => readNode(connection, id),
    neighborhood: (request) => readNeighborhood(connection, request),
    search: (request) => searchNodes(connection, request),
    localities: (query) => readLocalities(connection, query),
    mechanisms: (query) => readMechanisms(connection, query),
    adoption: (request) => readAdoption(connection, request),
    practice: (id) => readPractice(connection, id),
    similarPractices: (id, limit) => readSimilarPractices(connection, id, limit),
    stats: () => readStats(connection),
    exportDocument: () => exportDocument(connection),
    diffusion: (request) => readDiffusion(connection, request),
    localityPortfolio: (code) => readLocalityPortfolio(connection, code),
    comparePortfolios: (a, b) => readComparePortfolios(connection, a, b),
    similarLocalities: (request) => readSimilarLocalities(connection, request),
    mechanismFamily: (mechanism) => readMechanismFamily(connection, mechanism),
    adoptionPanel: () => readAdoptionPanel(connection),
    analysisInput: () => readAnalysisInput(connection),
    replaceAnalyses: (analyses) => writeAnalyses(connection, analyses),
    cypher: (query, params, options) => runReadOnlyCypher(connection, query, params, options),
  };
}
