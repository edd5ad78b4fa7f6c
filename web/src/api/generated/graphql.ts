/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type LocalityLevel = 'city' | 'county' | 'province' | 'town' | 'village';

export type NodeLabel = 'Bulletin' | 'Locality' | 'Mechanism' | 'Metric' | 'Organization' | 'Practice';

export type RollupLevel = 'city' | 'county' | 'province';

export type NodeFieldsFragment = { id: string; label: NodeLabel; caption: string; properties: string };

export type EdgeFieldsFragment = { id: string; type: string; source: string; target: string; properties: string };

export type StatsQueryVariables = Exact<{ [key: string]: never }>;

export type StatsQuery = {
  stats: {
    store: string;
    cypherEnabled: boolean;
    bulletins: number;
    practices: number;
    nodes: Array<{ name: string; count: number }>;
    relationships: Array<{ name: string; count: number }>;
  };
};

export type SearchQueryVariables = Exact<{
  text: string;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type SearchQuery = {
  search: {
    total: number;
    offset: number;
    items: Array<{
      label: NodeLabel;
      score: number;
      node: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  };
};

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeQuery = { node: { id: string; label: NodeLabel; caption: string; properties: string } | null };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  limit?: number | null | undefined;
}>;

export type NeighborhoodQuery = {
  neighborhood: {
    trimmed: boolean;
    nodes: Array<{ id: string; label: NodeLabel; caption: string; properties: string }>;
    edges: Array<{ id: string; type: string; source: string; target: string; properties: string }>;
  };
};

export type LocalitiesQueryVariables = Exact<{
  level?: LocalityLevel | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type LocalitiesQuery = {
  localities: {
    total: number;
    items: Array<{
      practices: number;
      mechanisms: number;
      locality: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  };
};

export type MechanismsQueryVariables = Exact<{
  curated?: boolean | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type MechanismsQuery = {
  mechanisms: {
    total: number;
    items: Array<{
      practices: number;
      localities: number;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  };
};

export type PracticeQueryVariables = Exact<{
  id: string | number;
}>;

export type PracticeQuery = {
  practice: {
    practice: { id: string; label: NodeLabel; caption: string; properties: string };
    bulletin: { id: string; label: NodeLabel; caption: string; properties: string } | null;
    localities: Array<{ id: string; label: NodeLabel; caption: string; properties: string }>;
    mechanisms: Array<{
      evidence: string;
      start: number;
      end: number;
      via: string;
      page: number | null;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
    organizations: Array<{
      evidence: string | null;
      reportedBy: boolean;
      organization: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
    metrics: Array<{ id: string; label: NodeLabel; caption: string; properties: string }>;
    spans: Array<{ start: number; end: number; kind: string; nodeId: string; label: string }>;
    similar: Array<{
      score: number;
      sharedMechanisms: Array<string>;
      sharedTerms: Array<string>;
      practice: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
};

export type DiffusionQueryVariables = Exact<{
  mechanism: string;
  level?: RollupLevel | null | undefined;
  limit?: number | null | undefined;
}>;

export type DiffusionQuery = {
  diffusion: {
    level: RollupLevel | null;
    trimmed: boolean;
    events: Array<{
      firstReported: string | null;
      bulletinId: string;
      practices: number;
      practiceIds: Array<string>;
      locality: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
};

export type MechanismUsageQueryVariables = Exact<{
  mechanism: string;
}>;

export type MechanismUsageQuery = {
  mechanismUsage: {
    name: string;
    via: Array<{ via: string; curated: boolean; practices: number }>;
    evidence: { practiceId: string; sentence: string } | null;
  } | null;
};

export type MechanismFamilyQueryVariables = Exact<{
  mechanism: string;
}>;

export type MechanismFamilyQuery = {
  mechanismFamily: {
    family: number;
    name: string;
    members: Array<{
      practices: number;
      cooccurrences: number;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
};

export type LocalityPortfolioQueryVariables = Exact<{
  code: string;
  limit?: number | null | undefined;
}>;

export type LocalityPortfolioQuery = {
  localityPortfolio: {
    locality: { id: string; label: NodeLabel; caption: string; properties: string };
    mechanisms: Array<{
      practices: number;
      firstReported: string | null;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
  similarLocalities: Array<{
    jaccard: number;
    shared: Array<string>;
    locality: { id: string; label: NodeLabel; caption: string; properties: string };
  }>;
};

export type ComparePortfoliosQueryVariables = Exact<{
  a: string;
  b: string;
}>;

export type ComparePortfoliosQuery = {
  comparePortfolios: {
    shared: Array<string>;
    onlyA: Array<string>;
    onlyB: Array<string>;
    jaccard: number;
    a: { id: string; label: NodeLabel; caption: string; properties: string };
    b: { id: string; label: NodeLabel; caption: string; properties: string };
  } | null;
};

export type CypherQueryVariables = Exact<{
  query: string;
  params?: string | null | undefined;
}>;

export type CypherQuery = {
  cypher: {
    columns: Array<string>;
    rows: string;
    truncated: boolean;
    nodes: Array<{ id: string; label: NodeLabel; caption: string; properties: string }>;
    edges: Array<{ id: string; type: string; source: string; target: string; properties: string }>;
  };
};

export type ViewFieldsFragment = {
  level: RollupLevel | null;
  practices: number;
  shownPractices: number;
  groupedPractices: number;
  groupedIn: number;
  groups: number;
  trimmed: boolean;
  root: { id: string; label: NodeLabel; caption: string; properties: string };
  nodes: Array<{
    group: boolean;
    expanded: boolean;
    practices: number | null;
    firstReported: string | null;
    places: Array<string>;
    node: { id: string; label: NodeLabel; caption: string; properties: string };
  }>;
  edges: Array<{ id: string; type: string; source: string; target: string; properties: string }>;
};

export type MechanismViewQueryVariables = Exact<{
  mechanism: string;
  level: RollupLevel;
  expand?: Array<string> | string | null | undefined;
  practiceLimit?: number | null | undefined;
}>;

export type MechanismViewQuery = {
  mechanismView: {
    level: RollupLevel | null;
    practices: number;
    shownPractices: number;
    groupedPractices: number;
    groupedIn: number;
    groups: number;
    trimmed: boolean;
    root: { id: string; label: NodeLabel; caption: string; properties: string };
    nodes: Array<{
      group: boolean;
      expanded: boolean;
      practices: number | null;
      firstReported: string | null;
      places: Array<string>;
      node: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
    edges: Array<{ id: string; type: string; source: string; target: string; properties: string }>;
  } | null;
};

export type LocalityViewQueryVariables = Exact<{
  code: string;
  expand?: Array<string> | string | null | undefined;
  practiceLimit?: number | null | undefined;
}>;

export type LocalityViewQuery = {
  localityView: {
    level: RollupLevel | null;
    practices: number;
    shownPractices: number;
    groupedPractices: number;
    groupedIn: number;
    groups: number;
    trimmed: boolean;
    root: { id: string; label: NodeLabel; caption: string; properties: string };
    nodes: Array<{
      group: boolean;
      expanded: boolean;
      practices: number | null;
      firstReported: string | null;
      places: Array<string>;
      node: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
    edges: Array<{ id: string; type: string; source: string; target: string; properties: string }>;
  } | null;
};

export type SpreadFieldsFragment = {
  level: RollupLevel;
  mechanisms: Array<string>;
  familyName: string | null;
  trimmed: boolean;
  places: Array<{ code: string; name: string; practices: number; firstReported: string | null }>;
};

export type SpreadQueryVariables = Exact<{
  mechanism: string;
  family?: boolean | null | undefined;
  level: RollupLevel;
}>;

export type SpreadQuery = {
  spread: {
    level: RollupLevel;
    mechanisms: Array<string>;
    familyName: string | null;
    trimmed: boolean;
    places: Array<{ code: string; name: string; practices: number; firstReported: string | null }>;
  } | null;
};

export type SpreadLevelsQueryVariables = Exact<{
  mechanism: string;
  family?: boolean | null | undefined;
}>;

export type SpreadLevelsQuery = {
  province: {
    level: RollupLevel;
    mechanisms: Array<string>;
    familyName: string | null;
    trimmed: boolean;
    places: Array<{ code: string; name: string; practices: number; firstReported: string | null }>;
  } | null;
  city: {
    level: RollupLevel;
    mechanisms: Array<string>;
    familyName: string | null;
    trimmed: boolean;
    places: Array<{ code: string; name: string; practices: number; firstReported: string | null }>;
  } | null;
  county: {
    level: RollupLevel;
    mechanisms: Array<string>;
    familyName: string | null;
    trimmed: boolean;
    places: Array<{ code: string; name: string; practices: number; firstReported: string | null }>;
  } | null;
};

export type CooccurrenceQueryVariables = Exact<{
  mechanism: string;
  limit?: number | null | undefined;
}>;

export type CooccurrenceQuery = {
  cooccurrence: {
    practices: number;
    complete: boolean;
    items: Array<{
      practices: number;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
};

export type AdoptionTableQueryVariables = Exact<{
  level: RollupLevel;
  mechanisms: Array<string> | string;
  region?: string | null | undefined;
  limitLocalities?: number | null | undefined;
}>;

export type AdoptionTableQuery = {
  adoptionTable: {
    level: RollupLevel;
    region: string | null;
    trimmed: boolean;
    localities: Array<{ code: string; name: string; practices: number }>;
    mechanisms: Array<{ name: string; practices: number }>;
    cells: Array<{
      localityCode: string;
      mechanism: string;
      practices: number;
      practiceIds: Array<string>;
      firstReported: string | null;
    }>;
  };
};

export type NodeContextsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type NodeContextsQuery = { nodeContexts: Array<{ id: string; places: Array<string>; date: string | null }> };

export type PortfolioQueryVariables = Exact<{
  code: string;
}>;

export type PortfolioQuery = {
  localityPortfolio: {
    locality: { id: string; label: NodeLabel; caption: string; properties: string };
    mechanisms: Array<{
      practices: number;
      firstReported: string | null;
      mechanism: { id: string; label: NodeLabel; caption: string; properties: string };
    }>;
  } | null;
};
