/**
 * Highlight spans of a practice text: mechanisms and metrics from their recorded offsets, localities and organizations
 * where their wording first occurs (the locality phrase as written, else the official or short name). Anything that
 * cannot be placed inside the text is left out.
 */
import type { GraphNode } from '../../graph-document';
import { firstWordingIn } from '../first-wording';
import type { EvidenceSpan } from '../graph-store';

export interface SpanSources {
  practice: GraphNode;
  /** Ids of the practice's own localities (LOCATED_IN). */
  located: ReadonlySet<string>;
  /** Own localities and every one above them. */
  localities: readonly GraphNode[];
  mechanisms: readonly { mechanism: GraphNode; start: number; end: number }[];
  metrics: readonly GraphNode[];
  organizations: readonly GraphNode[];
}

export function evidenceSpans(sources: SpanSources): EvidenceSpan[] {
  const text = typeof sources.practice.properties.text === 'string' ? sources.practice.properties.text : '';
  const spans: EvidenceSpan[] = [];
  const string = (node: GraphNode, key: string) =>
    typeof node.properties[key] === 'string' ? (node.properties[key] as string) : null;
  const push = ({
    start,
    end,
    kind,
    node,
    label,
  }: {
    start: unknown;
    end: unknown;
    kind: EvidenceSpan['kind'];
    node: GraphNode;
    label: string | null;
  }) => {
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start < end && end <= text.length))
      return;
    spans.push({ start, end, kind, nodeId: node.id, label: label ?? text.slice(start, end) });
  };
  for (const m of sources.mechanisms)
    push({ start: m.start, end: m.end, kind: 'mechanism', node: m.mechanism, label: string(m.mechanism, 'name') });
  for (const metric of sources.metrics)
    push({
      start: metric.properties.start,
      end: metric.properties.end,
      kind: 'metric',
      node: metric,
      label: string(metric, 'text'),
    });
  const phrase = string(sources.practice, 'localityPhrase');
  for (const locality of sources.localities) {
    const names = [string(locality, 'name'), string(locality, 'shortName')];
    // The locality the practice is placed in is most often written as its locality phrase (吉林安图县).
    if (sources.located.has(locality.id)) names.unshift(phrase);
    const found = firstWordingIn(text, names);
    if (found)
      push({ start: found.start, end: found.end, kind: 'locality', node: locality, label: string(locality, 'name') });
  }
  for (const organization of sources.organizations) {
    const found = firstWordingIn(text, [string(organization, 'name')]);
    if (found)
      push({
        start: found.start,
        end: found.end,
        kind: 'organization',
        node: organization,
        label: string(organization, 'name'),
      });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
