/** Finds named mechanisms that are not in the lexicon: quoted names, names ending in a suffix word, numeric names. */
import type { Span } from '../../types';
import { discoveryScan, isGeneric, normalizeName, NUMERIC, type DiscoveryScan } from './discovery-scan';
import { isHan, isNumberChar, isNumericPrefixChar } from './mechanism-discovery-index';
import type { DiscoveryRules, MechanismCandidate } from './mechanism-lexicon';
import { titleQuotes } from './title-quotes';

interface Quote {
  open: number;
  cs: number;
  ce: number;
  close: number;
  name: string;
  chain: number;
}

const QUOTE_RE = /“([^“”\n\r]{1,40})”|「([^「」\n\r]{1,40})」|『([^『』\n\r]{1,40})』|"([^"\n\r]{1,40})"/g;
const CLOSE_Q = '”」』"';
const OPEN_Q = '“「『"';

/** The quotations of `text`. Adjacent quotes (“A”“B”, “A”、“B”) form a chain that shares its context. */
function readQuotes(scan: DiscoveryScan): Quote[] {
  const { text, index } = scan;
  const quotes: Quote[] = [];
  // exec on the module's global regex instead of matchAll: same matches without an iterator and a regex copy per text.
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text)) {
    const open = m.index;
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const prev = quotes[quotes.length - 1];
    // Only a gap as short as a conjunction is sliced and looked up: gaps between quotes can be whole paragraphs.
    const gap = prev === undefined ? -1 : open - prev.close;
    const joined =
      gap === 0 || (gap > 0 && gap <= index.maxConjunction && index.conjunctions.has(text.slice(open - gap, open)));
    const chain = prev === undefined ? 0 : joined ? prev.chain : prev.chain + 1;
    quotes.push({
      open,
      cs: open + 1,
      ce: open + 1 + raw.length,
      close: open + 2 + raw.length,
      name: normalizeName(raw),
      chain,
    });
  }
  return quotes;
}

/** What a quote's chain says about it: read once per chain. */
interface ChainContext {
  /** Offsets of the quotes the title presents. */
  titled: ReadonlySet<number>;
  /** “A”“B”三个“账本”: the chain lists items of a counted list. */
  enumerated: boolean;
  /** An anchor verb, a quote anchor or a carrier after 等 presents the chain (evaluated on first need). */
  hasChainEvidence(): boolean;
}

/** Adds one quote's candidate; true when the quote waits for the same name to be accepted elsewhere in the text. */
function readQuote(scan: DiscoveryScan, q: Quote, chain: ChainContext): boolean {
  const { text, rules, index } = scan;
  const run = scan.tailRun(q.close);
  const sEnd = scan.suffixEnd(run, q.close);
  if (scan.isAbbreviation(q.name)) {
    // “六事”, “1314” name nothing alone; with their suffix they do (六事工作机制). “8+3”, “1+N” stand alone.
    if (sEnd > 0)
      scan.add({
        name: q.name + normalizeName(run.slice(0, sEnd)),
        start: q.cs,
        end: q.close + sEnd,
        via: NUMERIC.test(q.name) ? 'numeric' : 'suffix',
      });
    else if (NUMERIC.test(q.name) && /[+×*]/.test(q.name) && !q.name.endsWith('+'))
      scan.add({ name: q.name, start: q.cs, end: q.ce, via: 'numeric' });
    return false;
  }
  // “三张清单”工作法, “乡村振兴指导员”制度: a quoted name that names no mechanism alone (a count, a role) may name
  // one together with its suffix word.
  const withSuffix = sEnd > 0 && !rules.stopQuoted.has(q.name) ? q.name + normalizeName(run.slice(0, sEnd)) : null;
  if (withSuffix !== null && index.quantity.test(q.name) && q.name.length <= rules.maxQuotedLength) {
    scan.add({ name: withSuffix, start: q.cs, end: q.close + sEnd, via: 'numeric' });
    return false;
  }
  // “红黄绿”三色预警机制: a name of its own (三色预警机制) follows, the quote only qualifies it (the suffix scan finds it).
  if (sEnd > 0 && !scan.genericTail(run.slice(0, sEnd))) return false;
  const byTitle = chain.titled.has(q.open);
  if (scan.rejectedName(q.name, byTitle)) {
    if (withSuffix !== null && !scan.rejectedName(withSuffix))
      scan.add({ name: withSuffix, start: q.cs, end: q.close + sEnd, via: 'suffix' });
    return false;
  }
  // “移动哨点”志愿服务队 names a team (an organization); “平安守夜人”巡逻队 names a role, whatever follows.
  const orgAfter = index.nameEndings.longest(q.name) === '' && index.orgHeads.any(run);
  // 把“屋场夜话”作为…载体, 以“X”为抓手: the frame presents the quote as a thing the practice uses.
  const framed = rules.presentingFrames.some(
    ([before, after]) => text.endsWith(before, q.open) && text.startsWith(after, q.close),
  );
  const evidence =
    sEnd > 0 ||
    framed ||
    byTitle ||
    rules.quotedCarriers.some((c) => run.includes(c)) ||
    index.nameEndings.longest(q.name) !== '' ||
    chain.hasChainEvidence();
  if (evidence && !orgAfter && !chain.enumerated) {
    scan.add({ name: q.name, start: q.cs, end: q.ce, via: 'quoted' });
    return false;
  }
  return true;
}

/** The context of one chain of quotes (first…last). */
function chainContext(scan: DiscoveryScan, chain: readonly Quote[], titled: ReadonlySet<number>): ChainContext {
  const { text, rules, index } = scan;
  const first = chain[0] as Quote;
  const last = chain[chain.length - 1] as Quote;
  const after = text.slice(last.close, last.close + 12);
  // Evaluated only when a quote of the chain needs it: most are settled by their own suffix or are rejected.
  let chainEvidence: boolean | undefined;
  return {
    titled,
    // “A”“B”三个“账本”: items of a counted list (one quote then a count, “合事点”11个, is a counted thing and fine).
    // “A”“B”等…品牌/平台: named instances of a carrier.
    enumerated: chain.length > 1 && index.quantity.test(after),
    // A quote anchor (开展) presents only a lone quote right after it: 开展“A”“B”等学习 lists activities.
    hasChainEvidence: () =>
      (chainEvidence ??=
        scan.anchoredAt(first.open) ||
        (chain.length === 1 && rules.quoteAnchors.some((w) => text.endsWith(w, first.open))) ||
        (after.startsWith('等') && index.listCarriers.some((c) => scan.tailRun(last.close + 1).includes(c)))),
  };
}

function discoverQuoted(scan: DiscoveryScan, title: Span | null | undefined): void {
  const quotes = readQuotes(scan);
  const titled = titleQuotes({ quotes, title, rules: scan.rules.titleQuotes });
  const waiting: Quote[] = [];
  for (let a = 0; a < quotes.length;) {
    let b = a;
    while (quotes[b + 1]?.chain === quotes[a]?.chain) b++;
    const chain = quotes.slice(a, b + 1);
    const context = chainContext(scan, chain, titled);
    for (const q of chain) if (readQuote(scan, q, context)) waiting.push(q);
    a = b + 1;
  }
  // A quoted name accepted once in the text is the same mechanism wherever else it is quoted (“合事点”信息员).
  const known = new Set(scan.out.map((c) => c.name));
  for (const q of waiting) if (known.has(q.name)) scan.add({ name: q.name, start: q.cs, end: q.ce, via: 'quoted' });
}

type Boundary = 'edge' | 'stop' | 'conj' | 'quote' | 'none';

/** Walks back from a suffix word at `s` over the Han characters of its modifier, to what bounds the name. */
function modifierStart(scan: DiscoveryScan, s: number): { i: number; boundary: Boundary; numStart: number } {
  const { text, rules, index } = scan;
  let i = s;
  let boundary: Boundary = 'edge';
  let numStart = -1;
  for (;;) {
    if (i === 0) break;
    const code = text.charCodeAt(i - 1);
    // A little past the limit so an anchor verb just before a long name is still seen.
    if (s - i >= rules.maxModifierLength + 4) {
      boundary = 'none';
      break;
    }
    if (index.conjunctionCodes[code] === 1) {
      boundary = 'conj';
      break;
    }
    if (isNumberChar(code)) {
      // Digits directly before: a numeric name (3+1包抓机制) unless they count something (36小项工作清单).
      let k = i - 1;
      while (k > 0 && isNumericPrefixChar(text.charCodeAt(k - 1))) k--;
      if (index.measureCodes[text.charCodeAt(i)] === 1) {
        boundary = 'none';
        break;
      }
      numStart = k;
      break;
    }
    if (index.stopCodes[code] === 1) {
      boundary = 'stop';
      break;
    }
    if (!isHan(code)) {
      if (CLOSE_Q.includes(text.charAt(i - 1))) boundary = 'quote';
      break;
    }
    i--;
  }
  return { i, boundary, numStart };
}

/** Adds the name ending in the suffix word matched at [s, e), if its start can be trusted. */
function readSuffixed(scan: DiscoveryScan, s: number, suffix: string): void {
  const { text, rules, index } = scan;
  const e = s + suffix.length;
  // 需求清单、问题清单: an item of a list of kinds, not a name.
  if (rules.suffixBlockedBy.some((b) => text.startsWith(b, e)) || index.conjunctionCodes[text.charCodeAt(e)] === 1)
    return;
  const start = modifierStart(scan, s);
  const { i, boundary } = start;
  let numStart = start.numStart;
  let mod = text.slice(i, s);
  const cutEnd = index.cutWords.lastEnd(text, i, s);
  const cut = cutEnd < 0 ? 0 : cutEnd - i;
  if (cut > 0) {
    mod = mod.slice(cut);
    numStart = -1;
  } else if (numStart < 0 && boundary !== 'stop' && boundary !== 'quote') return;
  if (boundary === 'quote' && cut === 0) {
    // After a closing quote the quote rule owns abbreviations (“四化”工作机制) and the bare suffix.
    // Bounded look-back: quotes hold at most 40 characters, and an unbounded lastIndexOf would make this quadratic.
    const w = text.slice(Math.max(0, i - 42), i - 1);
    const o = Math.max(...[...OPEN_Q].map((q) => w.lastIndexOf(q)));
    if (mod === '' || scan.isAbbreviation(normalizeName(w.slice(o + 1)))) return;
  }
  if (mod.length > rules.maxModifierLength) return;
  const num = numStart >= 0 ? text.slice(numStart, i) : '';
  // 22 个正面清单, 建立共享反馈四个机制: counted things, not names.
  let b = s - mod.length - 1;
  while (b > 0 && /\s/.test(text.charAt(b))) b--;
  const before = text.charAt(b);
  const countedBefore =
    rules.measureWords.includes(mod.charAt(0)) && (/[0-9]/.test(before) || rules.numerals.includes(before));
  if (num === '' && (mod.length < 2 || isGeneric(mod, rules.genericWords) || index.counted.test(mod) || countedBefore))
    return;
  const name = normalizeName(num + mod + suffix);
  if (rules.stopQuoted.has(name)) return;
  scan.add({ name, start: num === '' ? s - mod.length : numStart, end: e, via: num === '' ? 'suffix' : 'numeric' });
}

/**
 * Unquoted names ending in a suffix word: 党支部联系点制度, 3+1包抓机制. Without segmentation the start of the name is
 * only trusted after a word boundary (an anchor verb, 的/把/将…, a closing quote) or a numeric prefix; a bare
 * punctuation mark would let the whole clause in (摸排梳理小区居民需求清单).
 */
function discoverSuffixed(scan: DiscoveryScan): void {
  const { suffixScan } = scan.index;
  suffixScan.lastIndex = 0;
  for (let m = suffixScan.exec(scan.text); m !== null; m = suffixScan.exec(scan.text)) {
    if (m[0] === '') suffixScan.lastIndex++; // as matchAll does; loaded suffixes are never empty
    readSuffixed(scan, m.index, m[0]);
  }
}

/**
 * 城市党建综合体 where the text also quotes “党建综合体”: a generic prefix (城市, 基层 …) does not make another practice;
 * nor does a suffix phrase after it (“一网三员”工作机制, 三色预警机制 where a title quotes “三色预警”).
 */
function foldIntoQuoted(scan: DiscoveryScan): MechanismCandidate[] {
  const { out, rules } = scan;
  const quoted = out.filter((c) => c.via === 'quoted').map((c) => c.name);
  if (quoted.length === 0) return out;
  return out.map((c) => {
    if (c.via !== 'suffix' && c.via !== 'numeric') return c;
    const base = quoted.find(
      (q) =>
        q.length < c.name.length &&
        ((c.via === 'suffix' &&
          c.name.endsWith(q) &&
          isGeneric(c.name.slice(0, c.name.length - q.length), rules.genericWords)) ||
          (c.name.startsWith(q) && scan.genericTail(c.name.slice(q.length)))),
    );
    return base === undefined
      ? c
      : { name: base, start: c.start, end: c.end, via: c.via, curated: false, category: null };
  });
}

/**
 * Finds discovered candidates in `text`. `taken` marks text already covered by curated mentions: candidates touching it
 * are dropped here, so a curated name (“两新组织”党建) is not also learnt as a discovered one. Other overlaps are left
 * to the caller. `title`: where the practice's title is in `text`; the names it quotes are presented by it.
 */
export function discoverMechanisms(input: {
  text: string;
  rules: DiscoveryRules;
  taken?: Uint8Array;
  title?: Span | null;
}): MechanismCandidate[] {
  const scan = discoveryScan(input);
  discoverQuoted(scan, input.title);
  discoverSuffixed(scan);
  return foldIntoQuoted(scan);
}
