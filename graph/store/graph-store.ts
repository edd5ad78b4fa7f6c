/**
 * The GraphStore port: everything the server and the CLI need from a graph, implemented by the SQLite store
 * (embedded default) and the Neo4j store. Reads are paginated with hard caps (`READ_CAPS`); writes are per
 * bulletin and atomic: a failure never leaves half a bulletin. Semantics: CONTRACT.md.
 */
import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue } from '../graph-document';
import type { LocalityLevel, NodeLabel, RollupLevel } from '../schema';
import type { StoreError } from './store-error';

/** Hard caps on what one read may return, whatever the caller asks. */
export const READ_CAPS = {
  pageSize: 200,
  neighborhoodNodes: 2000,
  neighborhoodDepth: 3,
  searchHits: 100,
  adoptionLocalities: 500,
  adoptionMechanisms: 300,
  similar: 50,
} as const;

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface PageRequest {
  offset?: number;
  limit?: number;
}

/**
 * The analyses' terms of a document's practices (graph/analytics practiceTerms: term → count), cut once by the ingest
 * and handed to the store beside the document — not part of it, nor of any export. A store that keeps a term cache
 * (SQLite) stores them, so the analyses do not segment those texts again; others ignore them.
 */
export interface PracticeTerms {
  /** Identifies what cut the terms (knowledge files, library versions); terms of another fingerprint are not reused. */
  fingerprint: string;
  byPractice: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export interface UpsertOptions {
  terms?: PracticeTerms;
}

/** One bulletin of a batch write (`upsertBulletins`). */
export interface BulletinWrite {
  document: GraphDocument;
  terms?: PracticeTerms;
}

/**
 * Terms of practices segmented before. `get` answers only with terms cut by the knowledge the cache was opened for;
 * what it does not answer is segmented by the caller and handed to `set`.
 */
export interface TermCache {
  get(practice: AnalysisPractice): Map<string, number> | undefined;
  set(practice: AnalysisPractice, terms: Map<string, number>): void;
}

/** A store's term cache: `save` writes what was `set` (one transaction); `reused` counts the answers of `get`. */
export interface StoredTermCache extends TermCache {
  /** Ids of the practices whose terms the cache holds (for this fingerprint), as it was opened. */
  readonly cached: ReadonlySet<string>;
  readonly reused: number;
  save(): Promise<void>;
}

/** What upserting one bulletin did. `unchanged`: same source, same content; `replaced`: same source, new content. */
export interface UpsertResult {
  bulletinId: string;
  status: 'created' | 'unchanged' | 'replaced';
  /** Id of the bulletin that an edited file replaced. */
  replacedId?: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** True when the limit cut the neighbourhood short. */
  trimmed: boolean;
}

export interface NeighborhoodRequest {
  id: string;
  depth?: number;
  /** Only nodes with one of these labels are expanded into (the start node is always included). */
  labels?: NodeLabel[];
  limit?: number;
}

export interface SearchRequest extends PageRequest {
  text: string;
  labels?: NodeLabel[];
}

export interface SearchHit {
  node: GraphNode;
  label: NodeLabel;
  score: number;
}

export interface LocalityCount {
  locality: GraphNode;
  practices: number;
  mechanisms: number;
}

export interface MechanismCount {
  mechanism: GraphNode;
  practices: number;
  localities: number;
}

export interface AdoptionRequest {
  level: RollupLevel;
  /** Restrict to these mechanism names / locality codes (roll-up codes at `level`). */
  mechanisms?: string[];
  localities?: string[];
  limitLocalities?: number;
  limitMechanisms?: number;
}

export interface AdoptionCell {
  localityCode: string;
  mechanism: string;
  practices: number;
  practiceIds: string[];
}

export interface AdoptionMatrix {
  level: RollupLevel;
  localities: { code: string; name: string; practices: number }[];
  mechanisms: { name: string; practices: number }[];
  cells: AdoptionCell[];
  trimmed: boolean;
}

export interface EvidenceSpan {
  start: number;
  end: number;
  kind: 'mechanism' | 'locality' | 'metric' | 'organization';
  /** The node the span points to. */
  nodeId: string;
  label: string;
}

export interface PracticeDetail {
  practice: GraphNode;
  bulletin: GraphNode | null;
  localities: GraphNode[];
  /** `page`: the source page on which the evidence starts (USES.page); null when the source has no pages. */
  mechanisms: {
    mechanism: GraphNode;
    evidence: string;
    start: number;
    end: number;
    via: string;
    page: number | null;
  }[];
  organizations: { organization: GraphNode; evidence: string | null; reportedBy: boolean }[];
  metrics: GraphNode[];
  spans: EvidenceSpan[];
  similar: SimilarPractice[];
}

export interface SimilarPractice {
  practice: GraphNode;
  score: number;
  sharedMechanisms: string[];
  sharedTerms: string[];
}

/** One adopting locality of a mechanism: where it was reported and when first (the earliest bulletin date). */
export interface AdoptionEvent {
  /** The locality at the requested level (the practice's own, most specific locality when no level is asked). */
  locality: GraphNode;
  /** Earliest date of a bulletin reporting the mechanism here (YYYY-MM-DD); null when no reporting bulletin is dated. */
  firstReported: string | null;
  /** The bulletin of that first report. */
  bulletinId: string;
  /** Every practice behind this adoption; reprints (REPRINT_OF) are left out, so each practice counts once. */
  practiceIds: string[];
  /** How many practices: the length of practiceIds, which is capped at READ_CAPS.pageSize while this is not. */
  practices: number;
}

export interface DiffusionRequest {
  /** Mechanism name (or id). */
  mechanism: string;
  /** Roll the adopters up to this level; absent: each practice's own locality. */
  level?: RollupLevel;
  limit?: number;
}

/** How a mechanism spread: its adopters in order of first report (undated last). */
export interface Diffusion {
  mechanism: GraphNode;
  level: RollupLevel | null;
  events: AdoptionEvent[];
  trimmed: boolean;
}

/** A locality's mechanisms, its descendants' practices included (a city holds its counties'). */
export interface LocalityPortfolio {
  locality: GraphNode;
  mechanisms: { mechanism: GraphNode; practices: number; firstReported: string | null }[];
}

export interface PortfolioComparison {
  a: GraphNode;
  b: GraphNode;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  /** |shared| / |A ∪ B|; 0 when neither has a mechanism. */
  jaccard: number;
}

export interface SimilarLocalitiesRequest {
  code: string;
  /** Compare with localities of this level; absent: the given locality's own level (town and village: county). */
  level?: RollupLevel;
  limit?: number;
}

export interface SimilarLocality {
  locality: GraphNode;
  jaccard: number;
  shared: string[];
}

/** A mechanism family: a community of mechanisms that co-occur in practices (Louvain on the co-occurrence graph). */
export interface MechanismFamily {
  /** The family number stored on Mechanism.family. */
  family: number;
  /** The family's most connected member, used as its name. */
  name: string;
  members: { mechanism: GraphNode; practices: number; cooccurrences: number }[];
}

/** One row of the adoption panel (policy-diffusion research format): a mechanism's first report in a locality. */
export interface AdoptionPanelRow {
  mechanism: string;
  localityCode: string;
  localityName: string;
  level: string;
  firstReported: string | null;
  bulletinId: string;
  bulletinTitle: string | null;
  practiceId: string;
  practices: number;
}

/** What the analyses read from a store: every practice, compactly. */
export interface AnalysisPractice {
  id: string;
  title: string;
  text: string;
  bulletinId: string;
  date: string | null;
  /** Codes of the practice's own localities (LOCATED_IN). */
  localityCodes: string[];
  /** Names of the mechanisms it uses. */
  mechanisms: string[];
}

/** What `analysisInput` read: the practices, and the graph's version they were read at. */
export interface AnalysisInput {
  practices: AnalysisPractice[];
  /** Raised by every write that changes the graph; hand it to `replaceAnalyses` as `computedFrom`. */
  graphVersion: number;
}

export interface ReplaceAnalysesOptions {
  /**
   * The `graphVersion` of the `analysisInput` the analyses were computed from. When no write changed the graph since,
   * the replace marks the analyses current; otherwise (or when absent) the stale marker is left as it is.
   */
  computedFrom?: number;
  /**
   * Stops a replace that writes in several transactions (Neo4j) between them, before the one that makes the analyses
   * current: what it wrote is deleted, the previous analyses and the stale mark stay, and it rejects with the signal's
   * reason (Ctrl-C, cli/interruption.ts). A store that replaces in one transaction (SQLite) checks it once, before.
   */
  signal?: AbortSignal;
}

/**
 * Whether the stored analyses are those of the stored graph. Every write that changes it (an upsert that is not
 * `unchanged`, a delete) marks them stale in its own transaction; only a `replaceAnalyses` computed from the graph
 * as it still is clears the mark. An ingest stopped before its analyses thus leaves a store that says so.
 */
export interface AnalysisStatus {
  stale: boolean;
  /** When the first write the analyses do not cover landed (ISO 8601, UTC); absent when they are current. */
  since?: string;
}

/**
 * The derived analyses (graph/analytics), computed over the whole graph after an ingest and stored with it:
 * SIMILAR_TO and REPRINT_OF relationships and the Mechanism properties they set (family, familyName).
 * `replaceAnalyses` replaces all earlier ones at once.
 */
export interface GraphAnalyses {
  relationships: GraphRelationship[];
  /** By mechanism name: `family`, `familyName` (schema.ts ANALYSIS_NODE_PROPERTIES); mechanisms left out get null. */
  mechanismProperties: Record<string, Record<string, PropertyValue>>;
}

export interface GraphStats {
  nodes: Record<NodeLabel, number>;
  relationships: Record<string, number>;
  bulletins: number;
  practices: number;
}

export interface LocalityQuery extends PageRequest {
  level?: LocalityLevel;
}

export interface MechanismQuery extends PageRequest {
  category?: string;
  curated?: boolean;
}

/** How a mechanism was linked, and one sentence that shows it: what a researcher reviews (`kg mechanisms`). */
export interface MechanismUsage {
  name: string;
  /** The rules that linked it (USES.via), each with its practices (reprints left out): most practices first, then by rule. */
  via: { via: string; practices: number }[];
  /** The evidence sentence of its first practice (by practice id; reprints left out); null when no practice uses it. */
  evidence: { practiceId: string; sentence: string } | null;
}

/** A stored bulletin as relinking reads it back (`kg relink`): the Bulletin node and its practices. */
export interface StoredBulletin {
  bulletin: GraphNode;
  /** Its practices by ordinal, each with the names of the mechanisms it uses (sorted). */
  practices: { practice: GraphNode; mechanisms: string[] }[];
}

/** Limits of one researcher's Cypher query (`GraphStore.cypher`); the store applies its defaults and caps. */
export interface CypherOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
  /** Rows returned at most; more rows set `truncated`. */
  rowCap?: number;
}

/** A read-only Cypher result: plain rows, plus every node and relationship met in them as graph elements. */
export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  truncated: boolean;
}

/**
 * Per-call options of a read. The server passes a signal that aborts when the request passes its deadline or its
 * client disconnects; a store stops its work at the next chance (between statements, hops or batches) and rejects
 * with the signal's reason. Reads are side-effect free, so an aborted read leaves nothing behind.
 */
export interface ReadOptions {
  signal?: AbortSignal;
}

export interface GraphStore {
  readonly kind: 'sqlite' | 'neo4j';
  /** Creates the schema, constraints and indexes when missing (idempotent) and connects. */
  open(): Promise<void>;
  /** Releases the store. Every write was durable when it returned. */
  close(): Promise<void>;

  /** One bulletin's document (exactly one Bulletin node). Replaces an earlier bulletin of the same source. */
  upsertBulletin(document: GraphDocument, options?: UpsertOptions): Promise<UpsertResult>;
  /**
   * Many bulletins in one transaction, each as `upsertBulletin` would write it (one commit for the batch: bulk loads
   * do not pay a durable commit per bulletin). A refused document yields its StoreError in its place and leaves no
   * trace; the others are written. Any other failure rolls the whole batch back and rejects.
   */
  upsertBulletins?(writes: readonly BulletinWrite[]): Promise<(UpsertResult | StoreError)[]>;
  /** The term cache kept with the graph (SQLite), for terms cut by the knowledge `fingerprint` names. */
  termCache?(fingerprint: string): Promise<StoredTermCache>;
  deleteBulletin(id: string): Promise<boolean>;
  clear(): Promise<void>;

  node(id: string, options?: ReadOptions): Promise<GraphNode | null>;
  neighborhood(request: NeighborhoodRequest, options?: ReadOptions): Promise<Subgraph>;
  search(request: SearchRequest, options?: ReadOptions): Promise<Page<SearchHit>>;
  localities(query: LocalityQuery, options?: ReadOptions): Promise<Page<LocalityCount>>;
  mechanisms(query: MechanismQuery, options?: ReadOptions): Promise<Page<MechanismCount>>;
  adoption(request: AdoptionRequest, options?: ReadOptions): Promise<AdoptionMatrix>;
  practice(id: string, options?: ReadOptions): Promise<PracticeDetail | null>;
  similarPractices(id: string, limit?: number, options?: ReadOptions): Promise<SimilarPractice[]>;
  stats(options?: ReadOptions): Promise<GraphStats>;
  diffusion(request: DiffusionRequest, options?: ReadOptions): Promise<Diffusion | null>;
  localityPortfolio(code: string, options?: ReadOptions): Promise<LocalityPortfolio | null>;
  comparePortfolios(a: string, b: string, options?: ReadOptions): Promise<PortfolioComparison | null>;
  similarLocalities(request: SimilarLocalitiesRequest, options?: ReadOptions): Promise<SimilarLocality[]>;
  /** The family of a mechanism (by name or id); null when unknown or not yet analysed. */
  mechanismFamily(mechanism: string, options?: ReadOptions): Promise<MechanismFamily | null>;
  adoptionPanel(): Promise<AdoptionPanelRow[]>;
  /** `via` and an evidence sentence of each named mechanism (at most READ_CAPS.pageSize names), in the order asked; unknown names are left out. */
  mechanismUsage(names: readonly string[], options?: ReadOptions): Promise<MechanismUsage[]>;
  /** Every bulletin with its practices (in bulletin id order): the stored texts that `kg relink` links again. */
  storedBulletins(): Promise<StoredBulletin[]>;
  /**
   * After a relink: gives each listed Mechanism exactly the listed properties (aliases replaced, not unioned; the
   * analyses' family kept) and deletes every Mechanism that no practice uses and the list leaves out (a rejected or
   * merged name). Listed mechanisms that are not stored are ignored. One transaction; returns the deleted names, sorted.
   */
  replaceMechanisms(mechanisms: readonly GraphNode[]): Promise<string[]>;
  analysisInput(): Promise<AnalysisInput>;
  replaceAnalyses(analyses: GraphAnalyses, options?: ReplaceAnalysesOptions): Promise<void>;
  /** Whether the analyses are current (a small read: /health asks it on every call). */
  analysisStatus(options?: ReadOptions): Promise<AnalysisStatus>;
  /** The whole graph, for exports. */
  exportDocument(): Promise<GraphDocument>;
  /** Read-only Cypher for researchers (Neo4j only; on SQLite researchers use SQL on the file). Writes fail with `ReadOnly`. */
  cypher?(
    query: string,
    params?: Record<string, unknown>,
    options?: CypherOptions & ReadOptions,
  ): Promise<CypherResult>;
}
