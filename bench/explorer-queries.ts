/**
 * The explorer's own search and neighbourhood requests, as the server load benchmark sends them: the documents of
 * web/src/api/queries.ts and the expansion rules of web/src/graph/expansion-rules.ts, copied because the benchmark is
 * compiled without the web client; tests/server/explorer-queries.test.ts keeps the copies equal to the originals.
 */

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $labels: [NodeLabel!], $limit: Int) {
    search(text: $text, labels: $labels, limit: $limit) {
      total
      items {
        label
        score
        node { ...NodeFields }
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
      nodes { ...NodeFields }
      edges { ...EdgeFields }
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

/** What the explorer's search box asks for. */
export const SEARCH_LIMIT = 40;

export interface ExpansionRule {
  depth: number;
  labels?: string[];
}

export const EXPANSION_RULES: Record<string, ExpansionRule> = {
  Mechanism: { depth: 2, labels: ['Practice', 'Locality'] },
  Locality: { depth: 2, labels: ['Practice', 'Mechanism', 'Locality'] },
  Practice: { depth: 1 },
  Organization: { depth: 1 },
  Bulletin: { depth: 1 },
  Metric: { depth: 1 },
};

export const EXPANSION_LIMIT = 1000;
