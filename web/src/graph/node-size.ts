/**
 * How big a node is drawn: a group (a place, a mechanism) by its practice count, so that its area grows with the
 * count; every other node by its label's size.
 */
import type { NodeLabel } from '../api/types';
import { LABEL_STYLES } from './label-styles';

const MIN_GROUP = 26;
const MAX_GROUP = 110;
/** Diameter added per √practice. */
const STEP = 7;

export function nodeSize({
  label,
  count,
  sizedByCount,
}: {
  label: NodeLabel;
  count: number | null;
  sizedByCount: boolean;
}): number {
  if (!sizedByCount || count === null) return LABEL_STYLES[label].size;
  return Math.round(Math.min(MAX_GROUP, Math.max(MIN_GROUP, MIN_GROUP + STEP * (Math.sqrt(count) - 1))));
}
