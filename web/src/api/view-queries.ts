/** The GraphQL documents of the research views: grouped views, spreads, co-occurrence, the adoption table, hit contexts. */
import { EDGE_FIELDS, NODE_FIELDS } from './fragments';

const VIEW_FIELDS = /* GraphQL */ `
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
`;

export const MECHANISM_VIEW_QUERY = /* GraphQL */ `
  query MechanismView($mechanism: String!, $level: RollupLevel!, $expand: [String!], $practiceLimit: Int) {
    mechanismView(mechanism: $mechanism, level: $level, expand: $expand, practiceLimit: $practiceLimit) {
      ...ViewFields
    }
  }
  ${VIEW_FIELDS}
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export const LOCALITY_VIEW_QUERY = /* GraphQL */ `
  query LocalityView($code: String!, $expand: [String!], $practiceLimit: Int) {
    localityView(code: $code, expand: $expand, practiceLimit: $practiceLimit) {
      ...ViewFields
    }
  }
  ${VIEW_FIELDS}
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

const SPREAD_FIELDS = /* GraphQL */ `
  fragment SpreadFields on Spread {
    level
    mechanisms
    familyName
    trimmed
    places {
      code
      name
      practices
      firstReported
    }
  }
`;

export const SPREAD_QUERY = /* GraphQL */ `
  query Spread($mechanism: String!, $family: Boolean, $level: RollupLevel!) {
    spread(mechanism: $mechanism, family: $family, level: $level) {
      ...SpreadFields
    }
  }
  ${SPREAD_FIELDS}
`;

/** The spread at every roll-up level at once: the diffusion chart's cumulative adopters per level. */
export const SPREAD_LEVELS_QUERY = /* GraphQL */ `
  query SpreadLevels($mechanism: String!, $family: Boolean) {
    province: spread(mechanism: $mechanism, family: $family, level: province) {
      ...SpreadFields
    }
    city: spread(mechanism: $mechanism, family: $family, level: city) {
      ...SpreadFields
    }
    county: spread(mechanism: $mechanism, family: $family, level: county) {
      ...SpreadFields
    }
  }
  ${SPREAD_FIELDS}
`;

export const COOCCURRENCE_QUERY = /* GraphQL */ `
  query Cooccurrence($mechanism: String!, $limit: Int) {
    cooccurrence(mechanism: $mechanism, limit: $limit) {
      practices
      complete
      items {
        practices
        mechanism {
          ...NodeFields
        }
      }
    }
  }
  ${NODE_FIELDS}
`;

export const ADOPTION_TABLE_QUERY = /* GraphQL */ `
  query AdoptionTable($level: RollupLevel!, $mechanisms: [String!]!, $region: String, $limitLocalities: Int) {
    adoptionTable(level: $level, mechanisms: $mechanisms, region: $region, limitLocalities: $limitLocalities) {
      level
      region
      trimmed
      localities {
        code
        name
        practices
      }
      mechanisms {
        name
        practices
      }
      cells {
        localityCode
        mechanism
        practices
        practiceIds
        firstReported
      }
    }
  }
`;

export const NODE_CONTEXTS_QUERY = /* GraphQL */ `
  query NodeContexts($ids: [ID!]!) {
    nodeContexts(ids: $ids) {
      id
      places
      date
    }
  }
`;

/** A locality's portfolio alone (the comparison reads both sides' counts and first reports). */
export const PORTFOLIO_QUERY = /* GraphQL */ `
  query Portfolio($code: String!) {
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
  }
  ${NODE_FIELDS}
`;
