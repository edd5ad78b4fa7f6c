/**
 * The quotes a practice's title presents as names: a headline puts in quotes the practice's own mechanism
 * (泗洪“网格夜访”走进百姓家门, 清镇市推行“楼栋党小组”…), in bulletins and articles alike — except a metaphor pair,
 * which contrasts two words rather than naming anything (“小积分”撬动“大治理”). The stop lists still apply (the caller).
 */
import type { Span } from '../../types';
import type { TitleQuoteRules } from './discovery-rules';

/** A quotation: `open` is the opening mark's offset, `close` the offset just past the closing mark. */
export interface QuoteSpan {
  open: number;
  close: number;
  name: string;
}

/** Offsets (`open`) of the quotes inside `title` that it presents as names. */
export function titleQuotes(input: {
  quotes: readonly QuoteSpan[];
  title: Span | null | undefined;
  rules: TitleQuoteRules;
}): Set<number> {
  const { quotes, title, rules } = input;
  const inside = title ? quotes.filter((q) => q.open >= title.start && q.close <= title.end) : [];
  const out = new Set(inside.map((q) => q.open));
  for (const [small, large] of rules.contrastPairs) {
    const a = inside.filter((q) => q.name.startsWith(small));
    const b = inside.filter((q) => q.name.startsWith(large));
    if (a.length > 0 && b.length > 0) for (const q of [...a, ...b]) out.delete(q.open);
  }
  return out;
}
