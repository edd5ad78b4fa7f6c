/** Search as graph/store/CONTRACT.md ranks it: exact substring matches, scored per unit, then occurrences (without overlap), then id. */
import { FULLTEXT_INDEX, type NodeLabel } from '../../../graph/schema';
import {
  countOccurrences,
  MAX_COUNTED_OCCURRENCES,
  SEARCH_NAME_FIELDS,
  SEARCH_SCORES,
  isSearchableLabel,
  searchUnits,
} from '../../../graph/store/search-rules';
import { compare, page, type GraphIndex } from './graph-index';

export interface ExpectedHit {
  id: string;
  score: number;
}

export function expectedSearch(
  index: GraphIndex,
  request: { text: string; labels?: NodeLabel[]; offset: number; limit: number },
): { total: number; hits: ExpectedHit[] } {
  const units = searchUnits(request.text);
  const allowed = request.labels && request.labels.length > 0 ? new Set<string>(request.labels) : null;
  const scored: (ExpectedHit & { occurrences: number })[] = [];
  for (const node of units.length === 0 ? [] : index.nodes.values()) {
    const label = node.labels[0] as NodeLabel;
    if (!isSearchableLabel(label) || (allowed && !allowed.has(label))) continue;
    const values = (fields: readonly string[]) =>
      fields.flatMap((f) => node.properties[f] ?? []).filter((v): v is string => typeof v === 'string');
    const names = values(SEARCH_NAME_FIELDS[label]);
    const texts = values(FULLTEXT_INDEX.fields[label]);
    let score = 0;
    let occurrences = 0;
    for (const unit of units) {
      if (names.includes(unit)) score += SEARCH_SCORES.nameEquals;
      else if (names.some((n) => n.includes(unit))) score += SEARCH_SCORES.nameContains;
      if (texts.some((t) => t.includes(unit))) score += SEARCH_SCORES.textContains;
      for (const t of texts) occurrences += countOccurrences(t, unit);
    }
    if (score > 0) scored.push({ id: node.id, score, occurrences: Math.min(occurrences, MAX_COUNTED_OCCURRENCES) });
  }
  scored.sort((a, b) => b.score - a.score || b.occurrences - a.occurrences || compare(a.id, b.id));
  return {
    total: scored.length,
    hits: page({ items: scored, offset: request.offset, limit: request.limit }).map(({ id, score }) => ({ id, score })),
  };
}
