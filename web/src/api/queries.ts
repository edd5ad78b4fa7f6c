/**
 * Every GraphQL document the explorer sends (the research views' in view-queries.ts): tests/web/queries.test.ts validates each against
 * server/schema.graphql, so the client and the server cannot drift apart. Only the domain Query fields are used.
 */

import { EDGE_FIELDS, NODE_FIELDS } from './fragments';
import {
  ADOPTION_TABLE_QUERY,
  COOCCURRENCE_QUERY,
  LOCALITY_VIEW_QUERY,
  MECHANISM_VIEW_QUERY,
  NODE_CONTEXTS_QUERY,
  PORTFOLIO_QUERY,
  SPREAD_LEVELS_QUERY,
  SPREAD_QUERY,
} from './view-queries';

export const STATS_QUERY = /* GraphQL */ `
  query Stats {
    stats {
      store
      cypherEnabled
      bulletins
      practices
      nodes {
        name
        count
      }
      relationships {
        name
        count
      }
    }
  }
`;

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
  ${NODE_FIELDS}
`;

export const NODE_QUERY = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      ...NodeFields
    }
  }
  ${NODE_FIELDS}
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
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export const LOCALITIES_QUERY = /* GraphQL */ `
  query Localities($level: LocalityLevel, $offset: Int, $limit: Int) {
    localities(level: $level, offset: $offset, limit: $limit) {
      total
      items {
        practices
        mechanisms
        locality {
          ...NodeFields
        }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const MECHANISMS_QUERY = /* GraphQL */ `
  query Mechanisms($curated: Boolean, $offset: Int, $limit: Int) {
    mechanisms(curated: $curated, offset: $offset, limit: $limit) {
      total
      items {
        practices
        localities
        mechanism {
          ...NodeFields
        }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const PRACTICE_QUERY = /* GraphQL */ `
  query Practice($id: ID!) {
    practice(id: $id) {
      practice {
        ...NodeFields
      }
      bulletin {
        ...NodeFields
      }
      localities {
        ...NodeFields
      }
      mechanisms {
        mechanism {
          ...NodeFields
        }
        evidence
        start
        end
        via
        page
      }
      organizations {
        organization {
          ...NodeFields
        }
        evidence
        reportedBy
      }
      metrics {
        ...NodeFields
      }
      spans {
        start
        end
        kind
        nodeId
        label
      }
      similar {
        practice {
          ...NodeFields
        }
        score
        sharedMechanisms
        sharedTerms
      }
    }
  }
  ${NODE_FIELDS}
`;

export const DIFFUSION_QUERY = /* GraphQL */ `
  query Diffusion($mechanism: String!, $level: RollupLevel, $limit: Int) {
    diffusion(mechanism: $mechanism, level: $level, limit: $limit) {
      level
      trimmed
      events {
        firstReported
        bulletinId
        practices
        practiceIds
        locality {
          ...NodeFields
        }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const MECHANISM_USAGE_QUERY = /* GraphQL */ `
  query MechanismUsage($mechanism: String!) {
    mechanismUsage(mechanism: $mechanism) {
      name
      via {
        via
        curated
        practices
      }
      evidence {
        practiceId
        sentence
      }
    }
  }
`;

export const MECHANISM_FAMILY_QUERY = /* GraphQL */ `
  query MechanismFamily($mechanism: String!) {
    mechanismFamily(mechanism: $mechanism) {
      family
      name
      members {
        practices
        cooccurrences
        mechanism {
          ...NodeFields
        }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const LOCALITY_PORTFOLIO_QUERY = /* GraphQL */ `
  query LocalityPortfolio($code: String!, $limit: Int) {
    localityPortfolio(code: $code) {
      locality {
        ...NodeFields
      }
      mechanisms {
        practices
        firstReported
        mechanism {
          ...NodeFields
        }
      }
    }
    similarLocalities(code: $code, limit: $limit) {
      jaccard
      shared
      locality {
        ...NodeFields
      }
    }
  }
  ${NODE_FIELDS}
`;

export const COMPARE_PORTFOLIOS_QUERY = /* GraphQL */ `
  query ComparePortfolios($a: String!, $b: String!) {
    comparePortfolios(a: $a, b: $b) {
      shared
      onlyA
      onlyB
      jaccard
      a {
        ...NodeFields
      }
      b {
        ...NodeFields
      }
    }
  }
  ${NODE_FIELDS}
`;

export const CYPHER_QUERY = /* GraphQL */ `
  query Cypher($query: String!, $params: String) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export {
  ADOPTION_TABLE_QUERY,
  COOCCURRENCE_QUERY,
  LOCALITY_VIEW_QUERY,
  MECHANISM_VIEW_QUERY,
  NODE_CONTEXTS_QUERY,
  PORTFOLIO_QUERY,
  SPREAD_LEVELS_QUERY,
  SPREAD_QUERY,
};

/** All documents, by name, for the contract test. */
export const ALL_QUERIES = {
  STATS_QUERY,
  SEARCH_QUERY,
  NODE_QUERY,
  NEIGHBORHOOD_QUERY,
  LOCALITIES_QUERY,
  MECHANISMS_QUERY,
  PRACTICE_QUERY,
  DIFFUSION_QUERY,
  MECHANISM_FAMILY_QUERY,
  MECHANISM_USAGE_QUERY,
  LOCALITY_PORTFOLIO_QUERY,
  COMPARE_PORTFOLIOS_QUERY,
  CYPHER_QUERY,
  MECHANISM_VIEW_QUERY,
  LOCALITY_VIEW_QUERY,
  SPREAD_QUERY,
  SPREAD_LEVELS_QUERY,
  COOCCURRENCE_QUERY,
  ADOPTION_TABLE_QUERY,
  NODE_CONTEXTS_QUERY,
  PORTFOLIO_QUERY,
} as const;
