/**
 * Cuts a practice's text into runs for highlighting: each run knows the evidence spans covering it, and the one it
 * shows (the shortest, so a figure inside a mechanism's name stays clickable). Spans may overlap or fall outside
 * the text (a stale offset); those parts are clamped or dropped, never thrown on.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Segment<S extends Span> {
  start: number;
  end: number;
  text: string;
  /** Spans covering this run, shortest first; empty for plain text. */
  spans: S[];
  /** The span the run is drawn as (the shortest covering one), or null for plain text. */
  primary: S | null;
}

export function highlightSegments<S extends Span>(text: string, spans: readonly S[]): Segment<S>[] {
  const valid = spans
    .map((span) => ({ span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.span);
    const previous = segments[segments.length - 1];
    // Neighbouring runs under the same spans are one run, so a highlight is one clickable element.
    if (previous && sameSpans(previous.spans, covering)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), spans: covering, primary: covering[0] ?? null });
  }
  return segments;
}

function sameSpans<S>(a: readonly S[], b: readonly S[]): boolean {
  return a.length === b.length && a.every((span, i) => span === b[i]);
}
