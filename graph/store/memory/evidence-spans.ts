/**
 * Highlight spans for a practice's text: mechanisms and metrics from their recorded offsets, localities and
 * organizations by finding them in the text (the locality phrase as written, else the official or short name;
 * an organization by its normalized name). Anything that cannot be placed inside the text is left out.
 */
import { firstWordingIn } from '../first-wording';
import type { EvidenceSpan } from '../graph-store';
import { nodeString, type EdgeRecord, type NodeRecord } from './node-records';

export interface SpanSources {
  text: string;
  practice: NodeRecord;
  located: NodeRecord[];
  chain: NodeRecord[];
  uses: EdgeRecord[];
  metrics: NodeRecord[];
  organizations: NodeRecord[];
}

export function evidenceSpans(sources: SpanSources): EvidenceSpan[] {
  const { text } = sources;
  const spans: EvidenceSpan[] = [];
  const push = (start: unknown, end: unknown, kind: EvidenceSpan['kind'], node: NodeRecord, label: string | null) => {
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start < end && end <= text.length)) return;
    spans.push({ start, end, kind, nodeId: node.id, label: label ?? text.slice(start, end) });
  };
  for (const uses of sources.uses) push(uses.props.start, uses.props.end, 'mechanism', uses.end, nodeString(uses.end, 'name'));
  for (const metric of sources.metrics) push(metric.props.start, metric.props.end, 'metric', metric, nodeString(metric, 'text'));
  const phrase = nodeString(sources.practice, 'localityPhrase');
  for (const locality of sources.chain) {
    const names = [nodeString(locality, 'name'), nodeString(locality, 'shortName')];
    // The locality the practice is placed in is most often written as its locality phrase (吉林安图县).
    if (sources.located.includes(locality)) names.unshift(phrase);
    const found = firstWordingIn(text, names);
    if (found) push(found.start, found.end, 'locality', locality, nodeString(locality, 'name'));
  }
  for (const organization of sources.organizations) {
    const found = firstWordingIn(text, [nodeString(organization, 'name')]);
    if (found) push(found.start, found.end, 'organization', organization, nodeString(organization, 'name'));
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

