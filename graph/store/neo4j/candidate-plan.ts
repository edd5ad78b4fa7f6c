/**
 * Which search units the fulltext index can find exactly, and which need a scan. The `cjk` analyzer cuts a run of
 * Chinese characters into overlapping bigrams, so a quoted unit of two or more ideographs is a phrase query whose
 * hits are exactly the fields holding it as a substring. A single ideograph (indexed only inside bigrams), Latin
 * letters and digits (indexed as whole words) and mixed units are not found that way: they are matched with CONTAINS
 * over the searchable labels instead. Ideograph units hold no Lucene syntax, so nothing needs escaping.
 */

const IDEOGRAPHS = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,}$/u;

export interface CandidatePlan {
  /** A Lucene query over the fulltext index (`"红色物业" OR "双报到"`), or null when no unit suits it. */
  lucene: string | null;
  /** Units matched by a scan. */
  scanUnits: string[];
}

export function candidatePlan(units: readonly string[]): CandidatePlan {
  const indexed = [...new Set(units.filter((u) => IDEOGRAPHS.test(u)))];
  return {
    lucene: indexed.length > 0 ? indexed.map((u) => `"${u}"`).join(' OR ') : null,
    scanUnits: [...new Set(units.filter((u) => !IDEOGRAPHS.test(u)))],
  };
}
