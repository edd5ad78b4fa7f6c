/** stats() and exportDocument() of the memory store: counters kept by GraphCore, and the whole graph in id order. */
import type { GraphDocument, GraphRelationship } from '../../graph-document';
import type { GraphStats } from '../graph-store';
import type { GraphCore } from './graph-core';
import { memoizedText, toGraphNode, toGraphRelationship } from './node-records';

export function graphStats(core: GraphCore): GraphStats {
  return {
    nodes: { ...core.nodeCounts },
    relationships: { ...core.edgeCounts },
    bulletins: core.nodeCounts.Bulletin,
    practices: core.nodeCounts.Practice,
  };
}

/** Sorted by id, so equal graphs export equal documents whatever order they were written in. */
export function exportGraph(core: GraphCore): GraphDocument {
  const records = Array.from(core.slotsInIdOrder(), (slot) => core.recordAt(slot));
  const textOf = memoizedText();
  const relationships: GraphRelationship[] = [];
  for (const record of records) for (const edge of record.out) relationships.push(toGraphRelationship(edge, textOf));
  relationships.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: records.map(toGraphNode), relationships };
}
