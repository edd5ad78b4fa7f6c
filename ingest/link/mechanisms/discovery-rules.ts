/** Loads and validates the discovery rules (`mechanism-discovery.json`): how mechanisms not in the lexicon are named. */
import {
  MechanismLexiconError,
  positiveInteger,
  readMechanismJson,
  requiredText,
  stringList,
} from './mechanism-lexicon-error';

/** The shapes a name can take without a suffix word (see MECHANISMS.md, "Shapes"). */
export interface ShapeRules {
  /** Cadence words, shortest period first: 月X季Y年Z is read only in this order. */
  periods: string[];
  periodSuffixes: string[];
  maxCadenceItem: number;
  listSeparators: string[];
  minListItems: number;
  maxListItem: number;
  /** Method words after a count (四步法): they stay in a list's name. */
  methodWords: string[];
  /** Words that close a list as one mechanism (“A、B、C”工作法). */
  listClosers: string[];
  /** Closers that still make a list a name after 的 (“A、B、C”的流程), unlike a noun it describes (的原则, 的服务). */
  ofClosers: string[];
  maxCloserGap: number;
  chainSeparators: string[];
  minChainItems: number;
  maxChainItem: number;
  /** Words after a chain that belong to its mention (…”五级组织体系). */
  chainTails: string[];
  /** Words after a count that make it a number of levels (五级, 四层): a chain's level name, and no item text. */
  chainLevelWords: string[];
  plusSigns: string[];
  /** First items that make a two-item compound a name (党建+物业). */
  plusHubs: string[];
  minPlusItems: number;
  maxPlusItem: number;
  bundleHeads: string[];
  bundleMeasures: string;
  maxBundleModifier: number;
  formulaMaxSegment: number;
  /** Numerals after which a formula segment may open with a period word: 一月一议, 一周一访 (once a month, a meeting). */
  periodFormulaNumerals: string[];
  levelHeads: string[];
  maxLevelObject: number;
  scopeHeads: string[];
  /** Words right after a name that introduce what it stands for (四张网，即…). */
  presenters: string[];
}

/** How a practice's title presents the names it quotes (see MECHANISMS.md, "Quoted names in the title"). */
export interface TitleQuoteRules {
  /** First-character pairs of a metaphor pair (“小积分”撬动“大治理”): such quotes are not names by their place. */
  contrastPairs: [string, string][];
  /** Endings a body quote is rejected for (rejectEndings) that a title's quote may have: it presents that role or group. */
  presentedEndings: string[];
}

/** Discovery rules from `mechanism-discovery.json`; see MECHANISMS.md for what each list does. */
export interface DiscoveryRules {
  /** Suffix words, role heads and place heads together: what ends an unquoted name. */
  suffixes: string[];
  suffixBlockedBy: string[];
  quotedCarriers: string[];
  /** Name endings, role heads and place heads together: what makes a quoted name a mechanism by itself. */
  nameEndings: string[];
  anchors: string[];
  /** Verbs that present a lone quote right after them (开展“网格夜访”), though not an unquoted name nor a list of quotes. */
  quoteAnchors: string[];
  titleQuotes: TitleQuoteRules;
  /** Role and place heads (守夜人, 调解室 …): a quoted name ending in one is presented as that role or institution. */
  heads: ReadonlySet<string>;
  /** Word pairs framing a quote as a named thing: 把“X”作为…, 以“X”为抓手. */
  presentingFrames: [string, string][];
  /** Verbs after which an unquoted role or place name starts (担任助企帮办员). */
  roleIntroducers: string[];
  conjunctions: string[];
  delimiters: string[];
  stopQuoted: ReadonlySet<string>;
  rejectEndings: string[];
  orgHeads: string[];
  genericWords: ReadonlySet<string>;
  measureWords: string;
  numerals: string;
  maxQuotedLength: number;
  maxModifierLength: number;
  maxAnchorGap: number;
  maxTailLength: number;
  maxAbbreviationLength: number;
  shapes: ShapeRules;
  /** All suffixes, longest first, as one global regex: a single scan finds every suffix. */
  suffixRegex: RegExp;
}

function loadShapes(file: string, raw: unknown): ShapeRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new MechanismLexiconError({ file, reason: '"shapes" must be an object' });
  const d = raw as Record<string, unknown>;
  const list = (k: string): string[] => stringList(d[k], { file, entry: 'shapes', field: k, required: true });
  const num = (k: string): number => positiveInteger(d[k], { file, field: `shapes.${k}` });
  const chars = (k: string): string => requiredText(d[k], { file, entry: 'shapes', field: k });
  return {
    periods: list('periods'),
    periodSuffixes: list('periodSuffixes'),
    maxCadenceItem: num('maxCadenceItem'),
    listSeparators: list('listSeparators'),
    minListItems: num('minListItems'),
    maxListItem: num('maxListItem'),
    methodWords: list('methodWords'),
    listClosers: list('listClosers'),
    ofClosers: list('ofClosers'),
    maxCloserGap: num('maxCloserGap'),
    chainSeparators: list('chainSeparators'),
    minChainItems: num('minChainItems'),
    maxChainItem: num('maxChainItem'),
    chainTails: list('chainTails'),
    chainLevelWords: list('chainLevelWords'),
    plusSigns: list('plusSigns'),
    plusHubs: list('plusHubs'),
    minPlusItems: num('minPlusItems'),
    maxPlusItem: num('maxPlusItem'),
    bundleHeads: list('bundleHeads'),
    bundleMeasures: chars('bundleMeasures'),
    maxBundleModifier: num('maxBundleModifier'),
    formulaMaxSegment: num('formulaMaxSegment'),
    periodFormulaNumerals: list('periodFormulaNumerals'),
    levelHeads: list('levelHeads'),
    maxLevelObject: num('maxLevelObject'),
    scopeHeads: list('scopeHeads'),
    presenters: list('presenters'),
  };
}

function pairs(file: string, v: unknown, field: string): [string, string][] {
  const ok =
    Array.isArray(v) &&
    v.every((f) => Array.isArray(f) && f.length === 2 && f.every((w) => typeof w === 'string' && w !== ''));
  if (!ok) throw new MechanismLexiconError({ file, reason: `"${field}" must be a list of word pairs` });
  return v as [string, string][];
}

function loadTitleQuotes(file: string, raw: unknown): TitleQuoteRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new MechanismLexiconError({ file, reason: '"titleQuotes" must be an object' });
  const d = raw as Record<string, unknown>;
  return {
    contrastPairs: pairs(file, d['contrastPairs'], 'titleQuotes.contrastPairs'),
    presentedEndings: stringList(d['presentedEndings'], {
      file,
      entry: 'titleQuotes',
      field: 'presentedEndings',
      required: true,
    }),
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads and validates `file`; throws MechanismLexiconError naming the file and the field. */
export function loadDiscoveryRules(file: string): DiscoveryRules {
  const d = readMechanismJson(file);
  const list = (k: string): string[] => stringList(d[k], { file, entry: null, field: k, required: true });
  const num = (k: string): number => positiveInteger(d[k], { file, field: k });
  const heads = [...list('roleHeads'), ...list('placeHeads')];
  const suffixes = [...new Set([...list('suffixes'), ...heads])];
  const pattern = [...suffixes]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return {
    suffixes,
    suffixBlockedBy: list('suffixBlockedBy'),
    quotedCarriers: list('quotedCarriers'),
    nameEndings: [...new Set([...list('nameEndings'), ...heads])],
    anchors: list('anchors'),
    roleIntroducers: list('roleIntroducers'),
    quoteAnchors: list('quoteAnchors'),
    titleQuotes: loadTitleQuotes(file, d['titleQuotes']),
    presentingFrames: pairs(file, d['presentingFrames'], 'presentingFrames'),
    heads: new Set(heads),
    conjunctions: list('conjunctions'),
    delimiters: list('delimiters'),
    stopQuoted: new Set(list('stopQuoted')),
    rejectEndings: list('rejectEndings'),
    orgHeads: list('orgHeads'),
    genericWords: new Set(list('genericWords')),
    measureWords: requiredText(d['measureWords'], { file, entry: null, field: 'measureWords' }),
    numerals: requiredText(d['numerals'], { file, entry: null, field: 'numerals' }),
    maxQuotedLength: num('maxQuotedLength'),
    maxModifierLength: num('maxModifierLength'),
    maxAnchorGap: num('maxAnchorGap'),
    maxTailLength: num('maxTailLength'),
    maxAbbreviationLength: num('maxAbbreviationLength'),
    shapes: loadShapes(file, d['shapes']),
    suffixRegex: new RegExp(pattern, 'g'),
  };
}
