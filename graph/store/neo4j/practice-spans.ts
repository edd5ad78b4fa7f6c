/**
 * Highlight spans of a practice page, placed as the SQLite store places them (graph/store/sqlite/evidence-spans.ts):
 * mechanisms and metrics by the offsets ingest recorded; localities by finding them in the text (for a locality the
 * practice is located in, its locality phrase as written first, else the official or short name); organizations by
 * their name. Wordings shorter than two characters are not searched; anything not inside the text is left out. Pure.
 */
import { firstWordingIn } from '../first-wording';
import type { EvidenceSpan } from '../graph-store';

export interface SpanSources {
  text: string;
  /** The practice's `localityPhrase` (吉林安图县), how its own locality is most often written. */
  localityPhrase: string | null;
  mechanisms: { id: string; name: string | null; start: unknown; end: unknown }[];
  metrics: { id: string; text: string | null; start: unknown; end: unknown }[];
  /** The locality chains, in order; `located` marks the localities the practice is located in. */
  localities: { id: string; name: string | null; shortName: string | null; located: boolean }[];
  organizations: { id: string; name: string | null }[];
}

export function practiceSpans(sources: SpanSources): EvidenceSpan[] {
  const { text } = sources;
  const spans: EvidenceSpan[] = [];
  const push = ({
    start,
    end,
    kind,
    nodeId,
    label,
  }: {
    start: unknown;
    end: unknown;
    kind: EvidenceSpan['kind'];
    nodeId: string;
    label: string | null;
  }) => {
    if (typeof start !== 'number' || typeof end !== 'number' || !(start >= 0 && start < end && end <= text.length))
      return;
    spans.push({ start, end, kind, nodeId, label: label ?? text.slice(start, end) });
  };
  for (const m of sources.mechanisms)
    push({ start: m.start, end: m.end, kind: 'mechanism', nodeId: m.id, label: m.name });
  for (const m of sources.metrics) push({ start: m.start, end: m.end, kind: 'metric', nodeId: m.id, label: m.text });
  for (const l of sources.localities) {
    const wordings = l.located ? [sources.localityPhrase, l.name, l.shortName] : [l.name, l.shortName];
    const found = firstWordingIn(text, wordings);
    if (found) push({ start: found.start, end: found.end, kind: 'locality', nodeId: l.id, label: l.name });
  }
  for (const o of sources.organizations) {
    const found = firstWordingIn(text, [o.name]);
    if (found) push({ start: found.start, end: found.end, kind: 'organization', nodeId: o.id, label: o.name });
  }
  // Array.prototype.sort is stable: equal spans keep the order above (mechanisms, metrics, localities, organizations).
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
