/**
 * How each label is drawn: colour and cytoscape shape, chosen so kinds stay apart for colour-blind readers too
 * (shape differs as well as hue). The legend, the filters and the practice highlights all read this table.
 */
import type { NodeLabel } from '../api/types';

export interface LabelStyle {
  color: string;
  /** Darker tone for borders and highlighted text. */
  ink: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'rectangle' | 'triangle';
  size: number;
}

export const LABEL_STYLES: Record<NodeLabel, LabelStyle> = {
  Mechanism: { color: '#e8833a', ink: '#9a4a0e', shape: 'diamond', size: 34 },
  Locality: { color: '#3a8fd9', ink: '#1d5a92', shape: 'hexagon', size: 32 },
  Practice: { color: '#5aa469', ink: '#2f6b3b', shape: 'round-rectangle', size: 26 },
  Organization: { color: '#9b6fc4', ink: '#5e3a82', shape: 'ellipse', size: 22 },
  Bulletin: { color: '#8a8f98', ink: '#4b5058', shape: 'rectangle', size: 26 },
  Metric: { color: '#d9b13a', ink: '#7d6310', shape: 'triangle', size: 16 },
};

/** Evidence span kinds in the practice text map onto the labels they point to. */
export const SPAN_LABELS = {
  mechanism: 'Mechanism',
  locality: 'Locality',
  organization: 'Organization',
  metric: 'Metric',
} as const satisfies Record<string, NodeLabel>;

/** The span kinds the explorer draws; the schema types a span's kind as a plain string. */
export type SpanKind = keyof typeof SPAN_LABELS;

export function isSpanKind(kind: string): kind is SpanKind {
  return Object.hasOwn(SPAN_LABELS, kind);
}
