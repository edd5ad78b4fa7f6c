/**
 * Names for the parts of the server's answers the explorer passes around. Every shape comes from
 * generated/graphql.ts, which GraphQL Code Generator writes from server/schema.graphql and the documents in
 * queries.ts (`npm run codegen`); nothing here is written by hand but the enums' runtime value lists.
 */
import type {
  AdoptionTableQuery,
  ComparePortfoliosQuery,
  CooccurrenceQuery,
  CypherQuery,
  DiffusionQuery,
  EdgeFieldsFragment,
  LocalitiesQuery,
  LocalityPortfolioQuery,
  MechanismFamilyQuery,
  MechanismsQuery,
  MechanismUsageQuery,
  NeighborhoodQuery,
  NodeContextsQuery,
  NodeFieldsFragment,
  NodeLabel,
  PortfolioQuery,
  PracticeQuery,
  RollupLevel,
  SearchQuery,
  SpreadFieldsFragment,
  StatsQuery,
  ViewFieldsFragment,
} from './generated/graphql';

export type * from './generated/graphql';

/** The schema's enums as values (the filters and level pickers list them); tests/web/queries.test.ts checks them. */
export const NODE_LABELS = [
  'Mechanism',
  'Locality',
  'Practice',
  'Organization',
  'Bulletin',
  'Metric',
] as const satisfies readonly NodeLabel[];
export const ROLLUP_LEVELS = ['county', 'city', 'province'] as const satisfies readonly RollupLevel[];

type Item<T> = T extends readonly (infer I)[] ? I : never;

/** A node as the server sends it: `properties` is a JSON object in a string. */
export type ApiNode = NodeFieldsFragment;
export type ApiEdge = EdgeFieldsFragment;
export type ApiSubgraph = NeighborhoodQuery['neighborhood'];
export type GraphStats = StatsQuery['stats'];
export type SearchPage = SearchQuery['search'];
export type SearchHit = Item<SearchPage['items']>;
export type LocalityPage = LocalitiesQuery['localities'];
export type LocalityCount = Item<LocalityPage['items']>;
export type MechanismPage = MechanismsQuery['mechanisms'];
export type MechanismCount = Item<MechanismPage['items']>;
export type PracticeDetail = NonNullable<PracticeQuery['practice']>;
export type EvidenceSpan = Item<PracticeDetail['spans']>;
export type SimilarPractice = Item<PracticeDetail['similar']>;
export type Diffusion = NonNullable<DiffusionQuery['diffusion']>;
export type AdoptionEvent = Item<Diffusion['events']>;
export type MechanismUsage = NonNullable<MechanismUsageQuery['mechanismUsage']>;
export type MechanismFamily = NonNullable<MechanismFamilyQuery['mechanismFamily']>;
export type LocalityPortfolio = NonNullable<PortfolioQuery['localityPortfolio']>;
export type SimilarLocality = Item<LocalityPortfolioQuery['similarLocalities']>;
export type PortfolioComparison = NonNullable<ComparePortfoliosQuery['comparePortfolios']>;
export type CypherResult = CypherQuery['cypher'];
/** A grouped view (server/views/grouped-view.ts): groups sized by their practices, expanded groups' practices drawn. */
export type GroupedView = ViewFieldsFragment;
export type ViewNode = Item<GroupedView['nodes']>;
export type Spread = SpreadFieldsFragment;
export type SpreadPlace = Item<Spread['places']>;
export type Cooccurrence = NonNullable<CooccurrenceQuery['cooccurrence']>;
export type AdoptionTable = AdoptionTableQuery['adoptionTable'];
export type NodeContext = Item<NodeContextsQuery['nodeContexts']>;
