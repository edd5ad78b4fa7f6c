/**
 * The Mechanism nodes of a whole relink, merged as the store merges shared nodes (the later document's properties
 * win; aliases as the one document gives them, the sorted union once two documents meet): what a fresh ingest of
 * every bulletin into an empty store would have stored. `replaceMechanisms`
 * then drops what earlier links left behind (a rejected name, an alias that moved).
 */
import type { GraphDocument, GraphNode } from '../graph/graph-document';
import { compareText } from '../graph/store/first-reports';

export class RelinkedMechanisms {
  private readonly byId = new Map<string, GraphNode>();

  add(document: GraphDocument): void {
    for (const node of document.nodes) {
      if (node.labels[0] !== 'Mechanism') continue;
      const seen = this.byId.get(node.id);
      const aliases =
        seen === undefined
          ? listOf(node.properties.aliases)
          : [...new Set([...listOf(seen.properties.aliases), ...listOf(node.properties.aliases)])].sort(compareText);
      this.byId.set(node.id, {
        id: node.id,
        labels: node.labels,
        properties: { ...seen?.properties, ...node.properties, aliases },
      });
    }
  }

  nodes(): GraphNode[] {
    return [...this.byId.values()];
  }
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
