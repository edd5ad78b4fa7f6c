/** A read-only Cypher result (CypherResult in schema.graphql): rows as one JSON array, met elements as graph elements. */
import type { CypherResult } from '../../graph/store/graph-store';
import { presentEdge, presentNode } from './graph-elements';

export function presentCypherResult(result: CypherResult) {
  return {
    columns: result.columns,
    rows: JSON.stringify(result.rows),
    nodes: result.nodes.map(presentNode),
    edges: result.relationships.map(presentEdge),
    truncated: result.truncated,
  };
}
