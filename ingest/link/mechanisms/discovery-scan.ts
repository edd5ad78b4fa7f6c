/**
 * The tests mechanism discovery runs on one text: the word run after a quote, the suffix word ending it, an anchor verb
 * before a name, whether a name is only generic words. Built once per text by discoverMechanisms.
 */
import { discoveryIndex, isHan, isWordChar, type DiscoveryIndex } from './mechanism-discovery-index';
import type { DiscoveryRules, MechanismCandidate, MechanismVia } from './mechanism-lexicon';

export const HAN = /[\u3400-\u9fff]/;
export const NUMERIC = /^[0-9A-Za-z+×*.]*\d[0-9A-Za-z+×*.]*$/;
// Enumerations (、，), hierarchies (—), sentences and brackets are descriptions or slogans, not names.
const NOT_IN_NAME = /[，,、；;：:—－\-/…~|。！？!?（）()《》【】]/;

const NEEDS_NORMALIZING = /[\s“”"「」『』\uff01-\uff5e]/;

/** Canonical form: no quotes or spaces, full-width ASCII folded, so one mechanism gets one name in every bulletin. */
export function normalizeName(s: string): string {
  // Most names need no change; one test spares two replace passes.
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return s
    .replace(/[\s“”"「」『』]/g, '')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** True when `s` splits entirely into generic words (工作+保障, 基层+协商+议事): such a phrase names nothing. */
export function isGeneric(s: string, words: ReadonlySet<string>): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    ok[i] = false;
    for (let k = Math.max(0, i - 4); k < i && !ok[i]; k++) ok[i] = ok[k] === true && words.has(s.slice(k, i));
  }
  return ok[s.length] === true;
}

/** A candidate's name, span and how it was found. */
export interface FoundName {
  name: string;
  start: number;
  end: number;
  via: MechanismVia;
}

export interface DiscoveryScan {
  text: string;
  rules: DiscoveryRules;
  index: DiscoveryIndex;
  /** The candidates found so far, in the order found. */
  out: MechanismCandidate[];
  /** Keeps a candidate unless it touches text already taken by a curated mention. */
  add(found: FoundName): void;
  /** The word run right after a closing quote (“1314”工作模式 → 工作模式), stopping at punctuation and 的/等/和. */
  tailRun(from: number): string;
  /** End (within run) of the last suffix word in the run that is not part of a longer word (制度化, 行动计划), or 0. */
  suffixEnd(run: string, from: number): number;
  /**
   * `tail` is a suffix word, maybe after generic words or a one-character qualifier: 党建工程, 工作机制, 议事平台, 微平台
   * (not 三色预警机制, a name of its own).
   */
  genericTail(tail: string): boolean;
  /** A creation verb (建立, 打造, 推行…) shortly before `pos` in the same clause, with no count (一批, 5个) in between. */
  anchoredAt(pos: number): boolean;
  /** `byTitle`: the title presents the name, so a role or group ending (小组, 队) does not reject it. */
  rejectedName(name: string, byTitle?: boolean): boolean;
  /** “六事”, “1314”, “8+3”: a number or a short numeral-led name that names nothing without its suffix word. */
  isAbbreviation(name: string): boolean;
}

export function discoveryScan(input: {
  text: string;
  rules: DiscoveryRules;
  taken?: Uint8Array | undefined;
}): DiscoveryScan {
  const { text, rules, taken } = input;
  const index = discoveryIndex(rules);
  const { stopCodes, anchors, counted, longDelimiters, quantity } = index;
  const out: MechanismCandidate[] = [];
  const genericTail = (tail: string): boolean => {
    let suffix = '';
    for (const w of rules.suffixes) if (w.length > suffix.length && tail.endsWith(w)) suffix = w;
    const rest = tail.slice(0, tail.length - suffix.length);
    return suffix !== '' && (rest.length < 2 || isGeneric(rest, rules.genericWords));
  };
  return {
    text,
    rules,
    index,
    out,
    add({ name, start, end, via }) {
      if (taken !== undefined) for (let k = start; k < end; k++) if (taken[k] !== 0) return;
      out.push({ name, start, end, via, curated: false, category: null });
    },
    tailRun(from) {
      let j = from;
      while (
        j < text.length &&
        j - from < rules.maxTailLength &&
        isWordChar(text.charCodeAt(j)) &&
        stopCodes[text.charCodeAt(j)] === 0
      )
        j++;
      return text.slice(from, j);
    },
    suffixEnd(run, from) {
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
    },
    genericTail,
    anchoredAt(pos) {
      // The window: up to maxAnchorGap + 6 characters before pos, after the last non-Han one.
      let lo = Math.max(0, pos - rules.maxAnchorGap - 6);
      for (let k = pos - 1; k >= lo; k--)
        if (!isHan(text.charCodeAt(k))) {
          lo = k + 1;
          break;
        }
      const end = anchors.lastEnd(text, lo, pos);
      if (end < 0) return false;
      if (pos - end > rules.maxAnchorGap) return false;
      for (let k = end; k < pos; k++) if (stopCodes[text.charCodeAt(k)] === 1) return false;
      return !counted.test(text.slice(end, pos)) && longDelimiters.lastEnd(text, end, pos) < 0;
    },
    rejectedName(name, byTitle = false) {
      // A+B without digits (线上+线下, 集中培训+观摩学习) describes a combination, it does not name one mechanism.
      if (name.length < 2 || name.length > rules.maxQuotedLength || NOT_IN_NAME.test(name) || /[+＋]/.test(name))
        return true;
      if (rules.stopQuoted.has(name) || quantity.test(name)) return true;
      const ending = index.nameEndings.longest(name);
      if (ending === '' && (byTitle ? index.titleRejectEndings : index.rejectEndings).any(name)) return true;
      const stem = name.slice(0, name.length - ending.length);
      // “物业纠纷调解室”: quoting a role or institution presents it as the practice, however plain its modifier.
      return stem === '' || (!rules.heads.has(ending) && isGeneric(stem, rules.genericWords));
    },
    isAbbreviation: (name) =>
      NUMERIC.test(name) ||
      (name.length <= rules.maxAbbreviationLength &&
        rules.numerals.includes(name.charAt(0)) &&
        [...name].every((c) => HAN.test(c))),
  };
}
