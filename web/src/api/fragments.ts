/** The GraphQL fragments every document that reads nodes or edges spells them with. */

export const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on GraphNode {
    id
    label
    caption
    properties
  }
`;

export const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on GraphEdge {
    id
    type
    source
    target
    properties
  }
`;
