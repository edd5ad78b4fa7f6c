/**
 * The locality knowledge compiled once for the link stages: lists sorted longest-first, sets for lookups. Built by
 * createGazetteer from the validated locality-suffixes.json; nothing changes it afterwards.
 */
import type { LocalityKnowledge, ShortNameContext, UnitWord } from './locality-knowledge';

const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const longestFirst = (list: readonly string[]): string[] => [...list].sort(byLengthDesc);
const escapeClass = (chars: readonly string[]): string => chars.join('').replace(/[\\\]^-]/g, '\\$&');

/** shortNameContext, longest-first, plus the clause breaks as a set. */
export interface ContextWords extends ShortNameContext {
  breaks: ReadonlySet<string>;
}

export interface LocalityWords {
  knowledge: LocalityKnowledge;
  context: ContextWords;
  generic: ReadonlySet<string>;
  pseudoCities: ReadonlySet<string>;
  /** Words that, right after a short name, show it is part of a longer town or village name (黄铺|村, 潜山|镇). */
  lowerSuffixes: string[];
  /** Unit words, longest first. */
  units: UnitWord[];
  /** 我县, 该县, 全县 …: written references to a place. */
  references: string[];
  /** 我县 and 该县 point at the place the text is about; 全县 only when the text names no place before it. */
  pointing: string[];
  /** A number unit (万) opening a would-be name … */
  numberUnit: RegExp;
  /** … right after a numeral (6 万山区群众). */
  numberBefore: RegExp;
}

function contextWords(ctx: ShortNameContext): ContextWords {
  return {
    ...ctx,
    before: longestFirst(ctx.before),
    after: longestFirst(ctx.after),
    clauseOpeners: longestFirst(ctx.clauseOpeners),
    listSeparators: longestFirst(ctx.listSeparators),
    listEnds: longestFirst(ctx.listEnds),
    adverbs: longestFirst(ctx.adverbs),
    subjectVerbs: longestFirst(ctx.subjectVerbs),
    breaks: new Set(ctx.clauseBreaks),
  };
}

export function localityWords(knowledge: LocalityKnowledge): LocalityWords {
  const { numberWords } = knowledge;
  return {
    knowledge,
    context: contextWords(knowledge.shortNameContext),
    generic: new Set(knowledge.genericNames),
    pseudoCities: new Set(knowledge.pseudoCityNames),
    lowerSuffixes: [
      ...knowledge.shortNameSuffixes.town,
      ...knowledge.shortNameSuffixes.village,
      ...knowledge.units.filter((u) => u.minName > 0).map((u) => u.word),
    ],
    units: [...knowledge.units].sort((a, b) => b.word.length - a.word.length),
    references: [...knowledge.selfReferences, ...knowledge.backReferences, ...knowledge.wholeReferences],
    pointing: [...knowledge.selfReferences, ...knowledge.backReferences],
    numberUnit: new RegExp(`[${escapeClass(numberWords.units)}]`),
    numberBefore: new RegExp(`[0-9０-９${escapeClass(numberWords.digits)}]\\s*$`),
  };
}
