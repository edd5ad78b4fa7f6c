/**
 * The explorer's own requests, as the server load benchmark and the abuse suite send them: the documents of
 * web/src/api/queries.ts and the sizes the explorer asks for (search-box.ts, view-loader.ts, view-state.ts), copied
 * because the benchmark is compiled without the web client; tests/server/explorer-queries.test.ts keeps the copies
 * equal to the originals.
 */

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $labels: [NodeLabel!], $offset: Int, $limit: Int) {
    search(text: $text, labels: $labels, offset: $offset, limit: $limit) {
      total
      offset
      items {
        label
        score
        node {
          ...NodeFields
        }
      }
    }
  }

  fragment NodeFields on GraphNode {
    id
    label
    caption
    properties
  }
`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int, $labels: [NodeLabel!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, labels: $labels, limit: $limit) {
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
      trimmed
    }
  }

  fragment NodeFields on GraphNode {
    id
    label
    caption
    properties
  }

  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    properties
  }
`;

export const MECHANISM_VIEW_QUERY = /* GraphQL */ `
  query MechanismView($mechanism: String!, $level: RollupLevel!, $expand: [String!], $practiceLimit: Int) {
    mechanismView(mechanism: $mechanism, level: $level, expand: $expand, practiceLimit: $practiceLimit) {
      ...ViewFields
    }
  }

  fragment ViewFields on GroupedView {
    level
    practices
    shownPractices
    groupedPractices
    groupedIn
    groups
    trimmed
    root {
      ...NodeFields
    }
    nodes {
      group
      expanded
      practices
      firstReported
      places
      node {
        ...NodeFields
      }
    }
    edges {
      ...EdgeFields
    }
  }

  fragment NodeFields on GraphNode {
    id
    label
    caption
    properties
  }

  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    properties
  }
`;

export const LOCALITY_VIEW_QUERY = /* GraphQL */ `
  query LocalityView($code: String!, $expand: [String!], $practiceLimit: Int) {
    localityView(code: $code, expand: $expand, practiceLimit: $practiceLimit) {
      ...ViewFields
    }
  }

  fragment ViewFields on GroupedView {
    level
    practices
    shownPractices
    groupedPractices
    groupedIn
    groups
    trimmed
    root {
      ...NodeFields
    }
    nodes {
      group
      expanded
      practices
      firstReported
      places
      node {
        ...NodeFields
      }
    }
    edges {
      ...EdgeFields
    }
  }

  fragment NodeFields on GraphNode {
    id
    label
    caption
    properties
  }

  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    properties
  }
`;

/** Hits the explorer's search box asks for at once. */
export const SEARCH_PAGE = 40;
/** Practices a grouped view (a mechanism's or a place's) draws at most. */
export const VIEW_PRACTICES = 1500;
/** Nodes the neighbourhood of any other hit asks for. */
export const NEIGHBOURHOOD_LIMIT = 500;
/** The level a mechanism's places are rolled up to when the explorer opens it. */
export const VIEW_LEVEL = 'city';

/** A search hit the explorer can open. */
export interface OpenableHit {
  id: string;
  label: string;
  /** The mechanism's name or the locality's code (what the grouped views take). */
  key: string;
}

/** The request the explorer sends when it opens a search hit, with the groups (place codes, mechanism names) expanded. */
export function openHitBody(hit: OpenableHit, expand: readonly string[] = []): string {
  if (hit.label === 'Mechanism') {
    return JSON.stringify({
      query: MECHANISM_VIEW_QUERY,
      variables: { mechanism: hit.key, level: VIEW_LEVEL, expand, practiceLimit: VIEW_PRACTICES },
    });
  }
  if (hit.label === 'Locality') {
    return JSON.stringify({
      query: LOCALITY_VIEW_QUERY,
      variables: { code: hit.key, expand, practiceLimit: VIEW_PRACTICES },
    });
  }
  return JSON.stringify({ query: NEIGHBORHOOD_QUERY, variables: { id: hit.id, depth: 1, limit: NEIGHBOURHOOD_LIMIT } });
}
