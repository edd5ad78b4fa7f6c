/**
 * The graph's schema — labels, relationship types and their properties — declared once. The GraphDocument type,
 * the exports and (later) the store adapters all derive from these declarations.
 */

export const NODE_LABELS = ['Bulletin', 'Practice', 'Locality', 'Mechanism', 'Organization', 'Metric'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'CONTAINS',
  'LOCATED_IN',
  'PART_OF',
  'USES',
  'INVOLVES',
  'REPORTED_BY',
  'REPORTS',
  'SIMILAR_TO',
  'REPRINT_OF',
  'IN_REGION',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export type PropertyType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';

export interface PropertySpec {
  type: PropertyType;
  /** Null is allowed (a field the source does not print). */
  nullable?: boolean;
}

export const NODE_PROPERTIES: Record<NodeLabel, Record<string, PropertySpec>> = {
  Bulletin: {
    source: { type: 'string' },
    /** The input format the document was read from (SOURCE_FORMATS). */
    format: { type: 'string' },
    /** What the document is (DOCUMENT_KINDS): a numbered bulletin, a briefing, a newspaper or web article, other. */
    kind: { type: 'string' },
    title: { type: 'string', nullable: true },
    issue: { type: 'int', nullable: true },
    date: { type: 'date', nullable: true },
    publisher: { type: 'string', nullable: true },
    encoding: { type: 'string' },
    traditional: { type: 'boolean' },
    region: { type: 'string', nullable: true },
  },
  Practice: {
    title: { type: 'string' },
    text: { type: 'string' },
    section: { type: 'string', nullable: true },
    reportedBy: { type: 'string', nullable: true },
    date: { type: 'date', nullable: true },
    ordinal: { type: 'int' },
    /** Page of the source file on which the practice starts (paged formats and page-marked text); null when unknown. */
    page: { type: 'int', nullable: true },
    localityPhrase: { type: 'string', nullable: true },
    subMeasures: { type: 'string[]' },
    form: { type: 'string' },
    /** Where the headline stands in `text` (offsets); the mechanism rules read names in it apart (`kg relink` needs it). */
    titleStart: { type: 'int', nullable: true },
    titleEnd: { type: 'int', nullable: true },
    /** Source pages that begin inside `text`, each as "offset:page" (offset in `text`): with `page`, the page of any offset. */
    pageBreaks: { type: 'string[]' },
  },
  Locality: {
    code: { type: 'string' },
    name: { type: 'string' },
    level: { type: 'string' },
    shortName: { type: 'string' },
  },
  Mechanism: {
    name: { type: 'string' },
    aliases: { type: 'string[]' },
    category: { type: 'string', nullable: true },
    curated: { type: 'boolean' },
    description: { type: 'string', nullable: true },
    /** Derived (graph/analytics): the mechanism family, a community of co-occurring mechanisms; null until analysed. */
    family: { type: 'int', nullable: true },
    /** Derived: the family's most connected member, which names it. */
    familyName: { type: 'string', nullable: true },
  },
  Organization: {
    name: { type: 'string' },
    kind: { type: 'string' },
  },
  Metric: {
    value: { type: 'float' },
    valueMax: { type: 'float', nullable: true },
    unit: { type: 'string' },
    object: { type: 'string', nullable: true },
    approximate: { type: 'boolean' },
    text: { type: 'string' },
    start: { type: 'int' },
    end: { type: 'int' },
    /** Page of the source file on which the figure stands; null when unknown. */
    page: { type: 'int', nullable: true },
  },
};

export interface RelationshipSpec {
  from: NodeLabel;
  to: NodeLabel;
  properties: Record<string, PropertySpec>;
}

export const RELATIONSHIPS: Record<RelationshipType, RelationshipSpec> = {
  CONTAINS: { from: 'Bulletin', to: 'Practice', properties: {} },
  LOCATED_IN: { from: 'Practice', to: 'Locality', properties: { evidence: { type: 'string' } } },
  PART_OF: { from: 'Locality', to: 'Locality', properties: {} },
  USES: {
    from: 'Practice',
    to: 'Mechanism',
    properties: {
      evidence: { type: 'string' },
      start: { type: 'int' },
      end: { type: 'int' },
      via: { type: 'string' },
      /** Page of the source file on which the evidence starts (paged formats and page-marked text); null when unknown. */
      page: { type: 'int', nullable: true },
    },
  },
  INVOLVES: { from: 'Practice', to: 'Organization', properties: { evidence: { type: 'string' } } },
  REPORTED_BY: { from: 'Practice', to: 'Organization', properties: {} },
  REPORTS: { from: 'Practice', to: 'Metric', properties: {} },
  SIMILAR_TO: {
    from: 'Practice',
    to: 'Practice',
    properties: { score: { type: 'float' }, sharedMechanisms: { type: 'string[]' }, sharedTerms: { type: 'string[]' } },
  },
  REPRINT_OF: { from: 'Practice', to: 'Practice', properties: { score: { type: 'float' } } },
  /** The locality a document as a whole reports on (its masthead's or its items' region); Bulletin.region holds its code. */
  IN_REGION: { from: 'Bulletin', to: 'Locality', properties: {} },
};

/** Nodes many bulletins merge into (the rest belong to one bulletin); their list properties are sorted sets. */
export const SHARED_NODE_LABELS = ['Locality', 'Mechanism', 'Organization'] as const satisfies readonly NodeLabel[];

export function isSharedLabel(label: NodeLabel): boolean {
  return (SHARED_NODE_LABELS as readonly NodeLabel[]).includes(label);
}

/**
 * What the derived analyses (graph/analytics) own: these relationship types and node properties are written only by
 * `GraphStore.replaceAnalyses`, never by an ingested document, and are replaced as a whole after each ingest.
 */
export const ANALYSIS_RELATIONSHIP_TYPES = ['SIMILAR_TO', 'REPRINT_OF'] as const satisfies readonly RelationshipType[];
export type AnalysisRelationshipType = (typeof ANALYSIS_RELATIONSHIP_TYPES)[number];
export const ANALYSIS_NODE_PROPERTIES = { Mechanism: ['family', 'familyName'] } as const satisfies Partial<
  Record<NodeLabel, readonly string[]>
>;

/** The declarations of a node with these labels; a key declared by two labels takes the first label's declaration. */
export function nodePropertySpecs(labels: readonly NodeLabel[]): Record<string, PropertySpec> {
  const specs: Record<string, PropertySpec> = {};
  for (const label of labels) {
    for (const [key, spec] of Object.entries(NODE_PROPERTIES[label])) specs[key] ??= spec;
  }
  return specs;
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

/** Input formats a document can be read from (one reader each in ingest/read/). */
export const SOURCE_FORMATS = ['txt', 'pdf', 'docx', 'doc', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Kinds of source document: a numbered bulletin (组工信息), a briefing (简报, 交流材料), an article (newspaper, web), other. */
export const DOCUMENT_KINDS = ['bulletin', 'briefing', 'article', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const LOCALITY_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number];
/** Levels an adoption matrix can roll up to. */
export const ROLLUP_LEVELS = ['province', 'city', 'county'] as const;
export type RollupLevel = (typeof ROLLUP_LEVELS)[number];

/** Every node's `id` is unique within its label (DESIGN.md: ids derive from natural keys). */
export const UNIQUE_ID_LABELS: readonly NodeLabel[] = NODE_LABELS;

/** Property indexes the reads rely on (both stores create them). */
export const PROPERTY_INDEXES: readonly { label: NodeLabel; property: string }[] = [
  { label: 'Bulletin', property: 'source' },
  { label: 'Practice', property: 'date' },
  { label: 'Locality', property: 'code' },
  { label: 'Locality', property: 'level' },
  { label: 'Mechanism', property: 'name' },
  { label: 'Mechanism', property: 'category' },
  { label: 'Organization', property: 'name' },
];

/** Full-text search: which properties of which labels are searchable (Neo4j: one index with the `cjk` analyzer). */
export const FULLTEXT_INDEX = {
  name: 'kg_fulltext',
  analyzer: 'cjk',
  fields: {
    Practice: ['title', 'text'],
    Mechanism: ['name', 'aliases', 'description'],
    Locality: ['name', 'shortName'],
    Organization: ['name'],
  },
} as const satisfies { name: string; analyzer: string; fields: Partial<Record<NodeLabel, readonly string[]>> };
