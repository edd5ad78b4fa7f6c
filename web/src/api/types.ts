/** The shapes of the server's answers to the documents in queries.ts (see server/schema.graphql). */

export const NODE_LABELS = ['Mechanism', 'Locality', 'Practice', 'Organization', 'Bulletin', 'Metric'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const ROLLUP_LEVELS = ['county', 'city', 'province'] as const;
export type RollupLevel = (typeof ROLLUP_LEVELS)[number];

/** A node as the server sends it: `properties` is a JSON object in a string. */
export interface ApiNode {
  id: string;
  label: NodeLabel;
  caption: string;
  properties: string;
}

export interface ApiEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: string;
}

export interface ApiSubgraph {
  nodes: ApiNode[];
  edges: ApiEdge[];
  trimmed: boolean;
}

export interface GraphStats {
  store: string;
  cypherEnabled: boolean;
  bulletins: number;
  practices: number;
  nodes: { name: string; count: number }[];
  relationships: { name: string; count: number }[];
}

export interface SearchHit {
  label: NodeLabel;
  score: number;
  node: ApiNode;
}

export interface LocalityCount {
  practices: number;
  mechanisms: number;
  locality: ApiNode;
}

export interface MechanismCount {
  practices: number;
  localities: number;
  mechanism: ApiNode;
}

export interface Listing<T> {
  total: number;
  items: T[];
}

export interface AdoptionMatrix {
  level: RollupLevel;
  localities: { code: string; name: string; practices: number }[];
  mechanisms: { name: string; practices: number }[];
  cells: { localityCode: string; mechanism: string; practices: number; practiceIds: string[] }[];
  trimmed: boolean;
}

export type SpanKind = 'mechanism' | 'locality' | 'metric' | 'organization';

export interface EvidenceSpan {
  start: number;
  end: number;
  kind: SpanKind;
  nodeId: string;
  label: string;
}

export interface SimilarPractice {
  practice: ApiNode;
  score: number;
  sharedMechanisms: string[];
  sharedTerms: string[];
}

export interface PracticeDetail {
  practice: ApiNode;
  bulletin: ApiNode | null;
  localities: ApiNode[];
  mechanisms: { mechanism: ApiNode; evidence: string; start: number; end: number; via: string; page: number | null }[];
  organizations: { organization: ApiNode; evidence: string | null; reportedBy: boolean }[];
  metrics: ApiNode[];
  spans: EvidenceSpan[];
  similar: SimilarPractice[];
}

export interface AdoptionEvent {
  firstReported: string | null;
  bulletinId: string;
  /** Practices behind the adoption (reprints once); practiceIds holds at most 200 of them. */
  practices: number;
  practiceIds: string[];
  locality: ApiNode;
}

export interface Diffusion {
  level: RollupLevel | null;
  trimmed: boolean;
  events: AdoptionEvent[];
}

/** How a mechanism was found (Query.mechanismUsage). */
export interface MechanismUsage {
  name: string;
  via: { via: string; curated: boolean; practices: number }[];
  evidence: { practiceId: string; sentence: string } | null;
}

export interface MechanismFamily {
  family: number;
  name: string;
  members: { practices: number; cooccurrences: number; mechanism: ApiNode }[];
}

export interface LocalityPortfolio {
  locality: ApiNode;
  mechanisms: { practices: number; firstReported: string | null; mechanism: ApiNode }[];
}

export interface SimilarLocality {
  jaccard: number;
  shared: string[];
  locality: ApiNode;
}

export interface PortfolioComparison {
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  jaccard: number;
  a: ApiNode;
  b: ApiNode;
}

export interface CypherResult {
  columns: string[];
  /** JSON array of rows. */
  rows: string;
  truncated: boolean;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export interface ViewNode {
  group: boolean;
  expanded: boolean;
  practices: number | null;
  firstReported: string | null;
  places: string[];
  node: ApiNode;
}

/** A grouped view (server/views/grouped-view.ts): groups sized by their practices, expanded groups' practices drawn. */
export interface GroupedView {
  level: RollupLevel | null;
  practices: number;
  shownPractices: number;
  groupedPractices: number;
  groupedIn: number;
  groups: number;
  trimmed: boolean;
  root: ApiNode;
  nodes: ViewNode[];
  edges: ApiEdge[];
}

export interface SpreadPlace {
  code: string;
  name: string;
  practices: number;
  firstReported: string | null;
}

export interface Spread {
  level: RollupLevel;
  mechanisms: string[];
  familyName: string | null;
  trimmed: boolean;
  places: SpreadPlace[];
}

export interface Cooccurrence {
  practices: number;
  complete: boolean;
  items: { practices: number; mechanism: ApiNode }[];
}

export interface AdoptionTable {
  level: RollupLevel;
  region: string | null;
  trimmed: boolean;
  localities: { code: string; name: string; practices: number }[];
  mechanisms: { name: string; practices: number }[];
  cells: { localityCode: string; mechanism: string; practices: number; practiceIds: string[]; firstReported: string | null }[];
}

export interface NodeContext {
  id: string;
  places: string[];
  date: string | null;
}
