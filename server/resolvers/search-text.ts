/**
 * The search text as the stores index it: NFKC (full-width letters and digits folded) and traditional characters
 * converted to simplified with opencc-js, as ingest converts traditional bulletins, so 紅色物業 finds 红色物业 in
 * every store.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;

export function searchText(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  return toSimplified(text.normalize('NFKC'));
}
