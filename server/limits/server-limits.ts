/**
 * The server's protective limits, all in one place (README "Server", table "Limits"). Store reads have their own hard
 * caps (READ_CAPS in the port); these bound what one request may ask for, how long it may run, and how much work the
 * server takes on at once. `startServer({ limits })` overrides any of them (tests use short deadlines).
 */
import { READ_CAPS } from '../../graph/store/graph-store';

/** How one field is priced (cost-estimators.ts): what the store does for it, not what the client selects below it. */
export type FieldPrice =
  /** `unit` × the product of these arguments, each clamped to its cap (its SDL default, else the cap, when absent). */
  | { per: Record<string, number>; unit: number }
  /** A read of bounded size (one practice, one portfolio, the counts). */
  | { fixed: number };

export interface ServerLimits {
  /** Lexical tokens of one query document (graphql-armor, counted before parsing): refuses floods of aliases. */
  maxTokens: number;
  /** Aliases in one operation (graphql-armor); the explorer sends none. */
  maxAliases: number;
  /** Selection nesting (graphql-armor; fragments flattened, `__schema` not counted). The explorer nests 4 deep;
   *  @neo4j/graphql connections (practicesConnection → edges → node → mechanismsConnection → edges → properties) 6–7. */
  maxDepth: number;
  /** Directives in one operation (graphql-armor). */
  maxDirectives: number;
  /** Estimated cost of one operation (graphql-query-complexity with the prices below). */
  maxCost: number;
  /** Domain fields priced by the store work they cause. Fields not listed cost 1 each, lists times their size. */
  fieldPrices: Record<string, FieldPrice>;
  /** `__type(name:)`; `__schema` costs the size of the schema (its types, fields, arguments and enum values). */
  introspectionTypeCost: number;
  /** Size assumed for a list whose `limit`/`first` is not given and has no default. */
  defaultListSize: number;

  /** Wall time of one request, from arrival to answer; when it passes, store work is aborted (TIMEOUT). */
  requestDeadlineMs: number;
  /** Operations of at least this cost are heavy: they take a slot of the admission gate. */
  heavyCost: number;
  /** Heavy operations running at once. */
  heavyConcurrency: number;
  /** Heavy operations waiting for a slot; beyond, the answer is 503 with Retry-After at once. */
  queueLength: number;
  /** A newcomer is refused at once (503) when the queue ahead of it is expected to take longer than this. */
  maxQueueWaitMs: number;
  /** Assumed duration of a heavy operation until some have been measured. */
  assumedHeavyMs: number;
  /** Root fields of one request resolved at once; the event loop is yielded between them. */
  rootFieldsAtOnce: number;

  /** Time a client has to send a whole request, headers and body (Node's headersTimeout and requestTimeout). */
  receiveTimeoutMs: number;
  /** Request bodies above this are refused with 413; a GraphQL query is a few kilobytes. */
  maxBodyBytes: number;
  /** Answers above this are refused (RESPONSE_TOO_LARGE) before they are serialized. */
  maxResponseBytes: number;
  /** Read-only Cypher: transaction timeout and returned rows (the store caps them again). */
  cypherTimeoutMs: number;
  cypherRowCap: number;
  /** Timeout of each @neo4j/graphql generated query's transaction (Neo4j mode). */
  generatedQueryTimeoutMs: number;
}

export const SERVER_LIMITS: ServerLimits = {
  maxTokens: 2_000,
  maxAliases: 30,
  maxDepth: 8,
  maxDirectives: 20,
  // One depth-3 neighbourhood of 2,000 nodes costs 6,000 and the full adoption matrix 15,000: either fits, three
  // full neighbourhoods fit, a flood of them does not.
  maxCost: 20_000,
  fieldPrices: {
    'Query.neighborhood': { per: { limit: READ_CAPS.neighborhoodNodes, depth: READ_CAPS.neighborhoodDepth }, unit: 1 },
    // A hit is scored over posting lists: about ten rows of work per hit returned.
    'Query.search': { per: { limit: READ_CAPS.searchHits }, unit: 10 },
    'Query.localities': { per: { limit: READ_CAPS.pageSize }, unit: 2 },
    'Query.mechanisms': { per: { limit: READ_CAPS.pageSize }, unit: 2 },
    // Rows × columns; a cell is three small values.
    'Query.adoption': {
      per: { limitLocalities: READ_CAPS.adoptionLocalities, limitMechanisms: READ_CAPS.adoptionMechanisms },
      unit: 0.1,
    },
    'Query.similarPractices': { per: { limit: READ_CAPS.similar }, unit: 5 },
    'Query.diffusion': { per: { limit: READ_CAPS.adoptionLocalities }, unit: 2 },
    // Each candidate locality's portfolio is compared.
    'Query.similarLocalities': { per: { limit: READ_CAPS.similar }, unit: 20 },
    'Query.stats': { fixed: 10 },
    'Query.node': { fixed: 1 },
    'Query.practice': { fixed: 50 },
    'Query.localityPortfolio': { fixed: 100 },
    'Query.comparePortfolios': { fixed: 200 },
    'Query.mechanismFamily': { fixed: 100 },
    // A group-by over the mechanism's uses.
    'Query.mechanismUsage': { fixed: 20 },
    'Query.cypher': { fixed: 1_000 },
    // The explorer's views (server/views/): a diffusion and an adoption read, then a context read per drawn practice.
    'Query.mechanismView': { per: { practiceLimit: 1_500 }, unit: 4 },
    'Query.localityView': { per: { practiceLimit: 1_500 }, unit: 4 },
    'Query.spread': { fixed: 2_000 },
    // A depth-2 neighbourhood of up to 2,000 nodes.
    'Query.cooccurrence': { fixed: 4_000 },
    // One diffusion read per column.
    'Query.adoptionTable': { fixed: 5_000 },
    // Up to 100 one-hop neighbourhoods.
    'Query.nodeContexts': { fixed: 1_000 },
  },
  introspectionTypeCost: 50,
  defaultListSize: 10,

  requestDeadlineMs: 15_000,
  // Lookups, practice details and small pages run at once; searches of 20 hits and more, full listings,
  // neighbourhoods, matrices and floods take a slot.
  heavyCost: 200,
  heavyConcurrency: 2,
  queueLength: 32,
  maxQueueWaitMs: 200,
  assumedHeavyMs: 50,
  rootFieldsAtOnce: 2,

  receiveTimeoutMs: 10_000,
  maxBodyBytes: 1_000_000,
  maxResponseBytes: 20_000_000,
  cypherTimeoutMs: 10_000,
  cypherRowCap: 1_000,
  generatedQueryTimeoutMs: 15_000,
};
