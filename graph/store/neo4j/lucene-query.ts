/**
 * Search text → a Lucene query for the cjk-analysed fulltext index, cut like the memory store cuts it
 * (graph/store/memory/text-terms.ts): each run of letters and digits is one unit, matched as a quoted phrase, so its
 * bigrams must appear in order (红色物业 finds 红色物业, not 红色 … 物业); units are alternatives, and a node matching
 * more of them scores higher. Runs hold no Lucene syntax, so nothing needs escaping.
 */

/** Bounds the cost of one query, as the memory store does. */
const MAX_UNITS = 16;
const RUN = /[\p{L}\p{N}]+/gu;

export function luceneQuery(text: string): string | null {
  const runs = text.normalize('NFKC').toLowerCase().match(RUN) ?? [];
  if (runs.length === 0) return null;
  return runs.slice(0, MAX_UNITS).map((run) => `"${run}"`).join(' ');
}
