/**
 * A graph document's practices as the analyses read them (AnalysisPractice): the same shape the stores' analysisInput
 * gives, for callers that hold documents rather than a store (benchmarks, tests). A practice without its own date takes
 * its bulletin's.
 */
import type { GraphDocument, GraphNode } from '../graph-document';
import type { AnalysisPractice } from '../store/graph-store';

export function analysisPracticesOf(document: GraphDocument): AnalysisPractice[] {
  const nodes = new Map(document.nodes.map((n) => [n.id, n]));
  const bulletin = document.nodes.find((n) => n.labels[0] === 'Bulletin');
  const targets = (start: string, type: string): GraphNode[] =>
    document.relationships
      .filter((r) => r.start === start && r.type === type)
      .map((r) => nodes.get(r.end))
      .filter((n): n is GraphNode => n !== undefined);
  return document.nodes
    .filter((n) => n.labels[0] === 'Practice')
    .map((p) => ({
      id: p.id,
      title: String(p.properties.title),
      text: String(p.properties.text),
      bulletinId: bulletin?.id ?? '',
      date: (p.properties.date as string | null) ?? (bulletin?.properties.date as string | null | undefined) ?? null,
      localityCodes: targets(p.id, 'LOCATED_IN')
        .map((l) => String(l.properties.code))
        .sort(),
      mechanisms: targets(p.id, 'USES')
        .map((m) => String(m.properties.name))
        .sort(),
    }));
}
