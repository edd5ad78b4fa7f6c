/** Finds named mechanisms that are not in the lexicon: quoted names, names ending in a suffix word, numeric names. */
import type { Span } from '../../types';
import { discoveryIndex, isHan, isNumberChar, isNumericPrefixChar, isWordChar } from './mechanism-discovery-index';
import type { DiscoveryRules, MechanismCandidate, MechanismVia } from './mechanism-lexicon';
import { titleQuotes } from './title-quotes';

interface Quote { open: number; cs: number; ce: number; close: number; name: string; chain: number }

const QUOTE_RE = /“([^“”\n\r]{1,40})”|「([^「」\n\r]{1,40})」|『([^『』\n\r]{1,40})』|"([^"\n\r]{1,40})"/g;
const CLOSE_Q = '”」』"';
const OPEN_Q = '“「『"';
const HAN = /[\u3400-\u9fff]/;
const NUMERIC = /^[0-9A-Za-z+×*.]*\d[0-9A-Za-z+×*.]*$/;
// Enumerations (、，), hierarchies (—), sentences and brackets are descriptions or slogans, not names.
const NOT_IN_NAME = /[，,、；;：:—－\-/…~|。！？!?（）()《》【】]/;

const NEEDS_NORMALIZING = /[\s“”"「」『』\uff01-\uff5e]/;

/** Canonical form: no quotes or spaces, full-width ASCII folded, so one mechanism gets one name in every bulletin. */
function normalizeName(s: string): string {
  // Most names need no change; one test spares two replace passes.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return s.replace(/[\s“”"「」『』]/g, '').replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** True when `s` splits entirely into generic words (工作+保障, 基层+协商+议事): such a phrase names nothing. */
function isGeneric(s: string, words: ReadonlySet<string>): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    ok[i] = false;
    for (let k = Math.max(0, i - 4); k < i && !ok[i]; k++) ok[i] = ok[k] === true && words.has(s.slice(k, i));
  }
  return ok[s.length] === true;
}

/**
 * Finds discovered candidates in `text`. `taken` marks text already covered by curated mentions: candidates touching it
 * are dropped here, so a curated name (“两新组织”党建) is not also learnt as a discovered one. Other overlaps are left
 * to the caller. `title`: where the practice's title is in `text`; the names it quotes are presented by it.
 */
export function discoverMechanisms(text: string, rules: DiscoveryRules, options: { taken?: Uint8Array; title?: Span | null } = {}): MechanismCandidate[] {
  const { taken, title } = options;
  const index = discoveryIndex(rules);
  const { quantity, counted, stopCodes, conjunctions, conjunctionCodes, anchors, cutWords, longDelimiters, listCarriers, suffixScan } = index;
  const isAbbreviation = (name: string): boolean => NUMERIC.test(name)
    || (name.length <= rules.maxAbbreviationLength && rules.numerals.includes(name.charAt(0)) && [...name].every((c) => HAN.test(c)));
  const out: MechanismCandidate[] = [];
  const add = (name: string, start: number, end: number, via: MechanismVia): void => {
    if (taken !== undefined) for (let k = start; k < end; k++) if (taken[k] !== 0) return;
    out.push({ name, start, end, via, curated: false, category: null });
  };

  /** The word run right after a closing quote (“1314”工作模式 → 工作模式), stopping at punctuation and 的/等/和. */
  const tailRun = (from: number): string => {
    let j = from;
    while (j < text.length && j - from < rules.maxTailLength && isWordChar(text.charCodeAt(j)) && stopCodes[text.charCodeAt(j)] === 0) j++;
    return text.slice(from, j);
  };
  /** End (within run) of the last suffix word in the run that is not part of a longer word (制度化, 行动计划), or 0. */
  const suffixEnd = (run: string, from: number): number => {
    let some = false;
    for (let k = 0; k < run.length && !some; k++) some = index.suffixStarts[run.charCodeAt(k)] === 1;
    if (!some) return 0;
    let best = 0;
    for (const s of rules.suffixes) {
      const i = run.lastIndexOf(s);
      const end = i + s.length;
      if (i >= 0 && end > best && !rules.suffixBlockedBy.some((b) => text.startsWith(b, from + end))) best = end;
    }
    return best;
  };
  /**
   * `tail` is a suffix word, maybe after generic words or a one-character qualifier: 党建工程, 工作机制, 议事平台, 微平台
   * (not 三色预警机制, a name of its own).
   */
  const genericTail = (tail: string): boolean => {
    let suffix = '';
    for (const w of rules.suffixes) if (w.length > suffix.length && tail.endsWith(w)) suffix = w;
    const rest = tail.slice(0, tail.length - suffix.length);
    return suffix !== '' && (rest.length < 2 || isGeneric(rest, rules.genericWords));
  };
  /** A creation verb (建立, 打造, 推行…) shortly before `pos` in the same clause, with no count (一批, 5个) in between. */
  const anchoredAt = (pos: number): boolean => {
    // The window: up to maxAnchorGap + 6 characters before pos, after the last non-Han one.
    let lo = Math.max(0, pos - rules.maxAnchorGap - 6);
    for (let k = pos - 1; k >= lo; k--) if (!isHan(text.charCodeAt(k))) { lo = k + 1; break; }
    const end = anchors.lastEnd(text, lo, pos);
    if (end < 0) return false;
    if (pos - end > rules.maxAnchorGap) return false;
    for (let k = end; k < pos; k++) if (stopCodes[text.charCodeAt(k)] === 1) return false;
    return !counted.test(text.slice(end, pos)) && longDelimiters.lastEnd(text, end, pos) < 0;
  };
  /** `byTitle`: the title presents the name, so a role or group ending (小组, 队) does not reject it. */
  const rejectedName = (name: string, byTitle = false): boolean => {
    // A+B without digits (线上+线下, 集中培训+观摩学习) describes a combination, it does not name one mechanism.
    if (name.length < 2 || name.length > rules.maxQuotedLength || NOT_IN_NAME.test(name) || /[+＋]/.test(name)) return true;
    if (rules.stopQuoted.has(name) || quantity.test(name)) return true;
    const ending = index.nameEndings.longest(name);
    if (ending === '' && (byTitle ? index.titleRejectEndings : index.rejectEndings).any(name)) return true;
    const stem = name.slice(0, name.length - ending.length);
    // “物业纠纷调解室”: quoting a role or institution presents it as the practice, however plain its modifier.
    return stem === '' || (!rules.heads.has(ending) && isGeneric(stem, rules.genericWords));
  };

  // Quoted names. Adjacent quotes (“A”“B”, “A”、“B”) form a chain that shares its context.
  const quotes: Quote[] = [];
  // exec on the module's global regex instead of matchAll: same matches without an iterator and a regex copy per text.
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text)) {
    const open = m.index;
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const prev = quotes[quotes.length - 1];
    // Only a gap as short as a conjunction is sliced and looked up: gaps between quotes can be whole paragraphs.
    const gap = prev === undefined ? -1 : open - prev.close;
    const joined = gap === 0 || (gap > 0 && gap <= index.maxConjunction && conjunctions.has(text.slice(open - gap, open)));
    const chain = prev === undefined ? 0 : joined ? prev.chain : prev.chain + 1;
    quotes.push({ open, cs: open + 1, ce: open + 1 + raw.length, close: open + 2 + raw.length, name: normalizeName(raw), chain });
  }
  const titled = titleQuotes(quotes, title, rules.titleQuotes);
  const waiting: Quote[] = [];
  for (let a = 0; a < quotes.length;) {
    let b = a;
    while (quotes[b + 1]?.chain === quotes[a]?.chain) b++;
    const first = quotes[a] as Quote;
    const last = quotes[b] as Quote;
    const after = text.slice(last.close, last.close + 12);
    // “A”“B”三个“账本”: items of a counted list (one quote then a count, “合事点”11个, is a counted thing and fine).
    // “A”“B”等…品牌/平台: named instances of a carrier.
    const enumerated = b > a && quantity.test(after);
    // Evaluated only when a quote of the chain needs it: most are settled by their own suffix or are rejected.
    let chainEvidence: boolean | undefined;
    // A quote anchor (开展) presents only a lone quote right after it: 开展“A”“B”等学习 lists activities.
    const hasChainEvidence = (): boolean => chainEvidence ??= anchoredAt(first.open) || (a === b && rules.quoteAnchors.some((w) => text.endsWith(w, first.open)))
      || (after.startsWith('等') && listCarriers.some((c) => tailRun(last.close + 1).includes(c)));
    for (let n = a; n <= b; n++) {
      const q = quotes[n] as Quote;
      const run = tailRun(q.close);
      const sEnd = suffixEnd(run, q.close);
      if (isAbbreviation(q.name)) {
        // “六事”, “1314” name nothing alone; with their suffix they do (六事工作机制). “8+3”, “1+N” stand alone.
        if (sEnd > 0) add(q.name + normalizeName(run.slice(0, sEnd)), q.cs, q.close + sEnd, NUMERIC.test(q.name) ? 'numeric' : 'suffix');
        else if (NUMERIC.test(q.name) && /[+×*]/.test(q.name) && !q.name.endsWith('+')) add(q.name, q.cs, q.ce, 'numeric');
        continue;
      }
      // “三张清单”工作法, “乡村振兴指导员”制度: a quoted name that names no mechanism alone (a count, a role) may name
      // one together with its suffix word.
      const withSuffix = sEnd > 0 && !rules.stopQuoted.has(q.name) ? q.name + normalizeName(run.slice(0, sEnd)) : null;
      if (withSuffix !== null && quantity.test(q.name) && q.name.length <= rules.maxQuotedLength) {
        add(withSuffix, q.cs, q.close + sEnd, 'numeric');
        continue;
      }
      // “红黄绿”三色预警机制: a name of its own (三色预警机制) follows, the quote only qualifies it (the suffix scan finds it).
      if (sEnd > 0 && !genericTail(run.slice(0, sEnd))) continue;
      const byTitle = titled.has(q.open);
      if (rejectedName(q.name, byTitle)) {
        if (withSuffix !== null && !rejectedName(withSuffix)) add(withSuffix, q.cs, q.close + sEnd, 'suffix');
        continue;
      }
      // “移动哨点”志愿服务队 names a team (an organization); “平安守夜人”巡逻队 names a role, whatever follows.
      const orgAfter = index.nameEndings.longest(q.name) === '' && index.orgHeads.any(run);
      // 把“屋场夜话”作为…载体, 以“X”为抓手: the frame presents the quote as a thing the practice uses.
      const framed = rules.presentingFrames.some(([before, after]) => text.endsWith(before, q.open) && text.startsWith(after, q.close));
      const evidence = sEnd > 0 || framed || byTitle || rules.quotedCarriers.some((c) => run.includes(c)) || index.nameEndings.longest(q.name) !== ''
        || hasChainEvidence();
      if (evidence && !orgAfter && !enumerated) add(q.name, q.cs, q.ce, 'quoted');
      else waiting.push(q);
    }
    a = b + 1;
  }
  // A quoted name accepted once in the text is the same mechanism wherever else it is quoted (“合事点”信息员).
  const known = new Set(out.map((c) => c.name));
  for (const q of waiting) if (known.has(q.name)) add(q.name, q.cs, q.ce, 'quoted');

  // Unquoted names ending in a suffix word: 党支部联系点制度, 3+1包抓机制. Without segmentation the start of the name is
  // only trusted after a word boundary (an anchor verb, 的/把/将…, a closing quote) or a numeric prefix; a bare
  // punctuation mark would let the whole clause in (摸排梳理小区居民需求清单).
  suffixScan.lastIndex = 0;
  for (let m = suffixScan.exec(text); m !== null; m = suffixScan.exec(text)) {
    if (m[0] === '') suffixScan.lastIndex++; // as matchAll does; loaded suffixes are never empty
    const s = m.index;
    const e = s + m[0].length;
    // 需求清单、问题清单: an item of a list of kinds, not a name.
    if (rules.suffixBlockedBy.some((b) => text.startsWith(b, e)) || conjunctionCodes[text.charCodeAt(e)] === 1) continue;
    let i = s;
    let boundary: 'edge' | 'stop' | 'conj' | 'quote' | 'none' = 'edge';
    let numStart = -1;
    for (;;) {
      if (i === 0) break;
      const code = text.charCodeAt(i - 1);
      // A little past the limit so an anchor verb just before a long name is still seen.
      if (s - i >= rules.maxModifierLength + 4) { boundary = 'none'; break; }
      if (conjunctionCodes[code] === 1) { boundary = 'conj'; break; }
      if (isNumberChar(code)) {
        // Digits directly before: a numeric name (3+1包抓机制) unless they count something (36小项工作清单).
        let k = i - 1;
        while (k > 0 && isNumericPrefixChar(text.charCodeAt(k - 1))) k--;
        if (index.measureCodes[text.charCodeAt(i)] === 1) { boundary = 'none'; break; }
        numStart = k;
        break;
      }
      if (stopCodes[code] === 1) { boundary = 'stop'; break; }
      if (!isHan(code)) { if (CLOSE_Q.includes(text.charAt(i - 1))) boundary = 'quote'; break; }
      i--;
    }
    let mod = text.slice(i, s);
    const cutEnd = cutWords.lastEnd(text, i, s);
    const cut = cutEnd < 0 ? 0 : cutEnd - i;
    if (cut > 0) { mod = mod.slice(cut); numStart = -1; }
    else if (numStart < 0 && boundary !== 'stop' && boundary !== 'quote') continue;
    if (boundary === 'quote' && cut === 0) {
      // After a closing quote the quote rule owns abbreviations (“四化”工作机制) and the bare suffix.
      // Bounded look-back: quotes hold at most 40 characters, and an unbounded lastIndexOf would make this quadratic.
      const w = text.slice(Math.max(0, i - 42), i - 1);
      const o = Math.max(...[...OPEN_Q].map((q) => w.lastIndexOf(q)));
      if (mod === '' || isAbbreviation(normalizeName(w.slice(o + 1)))) continue;
    }
    if (mod.length > rules.maxModifierLength) continue;
    const num = numStart >= 0 ? text.slice(numStart, i) : '';
    // 22 个正面清单, 建立共享反馈四个机制: counted things, not names.
    let b = s - mod.length - 1;
    while (b > 0 && /\s/.test(text.charAt(b))) b--;
    const before = text.charAt(b);
    const countedBefore = rules.measureWords.includes(mod.charAt(0)) && (/[0-9]/.test(before) || rules.numerals.includes(before));
    if (num === '' && (mod.length < 2 || isGeneric(mod, rules.genericWords) || counted.test(mod) || countedBefore)) continue;
    const name = normalizeName(num + mod + m[0]);
    if (rules.stopQuoted.has(name)) continue;
    add(name, num === '' ? s - mod.length : numStart, e, num === '' ? 'suffix' : 'numeric');
  }
  // 城市党建综合体 where the text also quotes “党建综合体”: a generic prefix (城市, 基层 …) does not make another practice;
  // nor does a suffix phrase after it (“一网三员”工作机制, 三色预警机制 where a title quotes “三色预警”).
  const quoted = out.filter((c) => c.via === 'quoted').map((c) => c.name);
  if (quoted.length === 0) return out;
  return out.map((c) => {
    if (c.via !== 'suffix' && c.via !== 'numeric') return c;
    const base = quoted.find((q) => q.length < c.name.length && (
      (c.via === 'suffix' && c.name.endsWith(q) && isGeneric(c.name.slice(0, c.name.length - q.length), rules.genericWords))
      || (c.name.startsWith(q) && genericTail(c.name.slice(q.length)))));
    return base === undefined ? c : { name: base, start: c.start, end: c.end, via: c.via, curated: false, category: null };
  });
}
