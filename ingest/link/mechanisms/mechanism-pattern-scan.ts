/**
 * Runs the lexicon patterns over a text cheaply. Scanning every text with one combined regex of all patterns cost more
 * than all other curated matching: a lookbehind and lazy [\u4e00-\u9fff]{0,5}? runs are tried at every position. So each
 * pattern's source is analysed once for literals every match must contain (吹哨 and 报到 for 街道吹哨、部门报到), and a
 * pattern runs only on texts containing them. The analysis is conservative: syntax it does not know makes the pattern
 * run on every text, so the hits are exactly those of the combined scan.
 */
import type { CompiledPattern } from './mechanism-lexicon';

/**
 * What a regex fragment matches. `exact`: every string it can match (null when unknown or more than CAP); `all`:
 * sets of literals such that every match contains a member of each set.
 */
interface Info { exact: string[] | null; all: string[][] }

const CAP = 64;
const ZERO_WIDTH: Info = { exact: [''], all: [] };
const UNKNOWN: Info = { exact: null, all: [] };
const CLASS_ESCAPES = 'dDwWsS';
const CONTROL: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };

class Unsupported extends Error {}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > CAP) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** Preference among necessary literal sets: members of two or more characters, then few members, then long ones. */
function score(set: string[]): number {
  const min = Math.min(...set.map((s) => s.length));
  return (min >= 2 ? 1e6 : 0) - set.length * 100 + Math.min(min, 99);
}
const usable = (set: string[] | null): set is string[] => set !== null && set.length > 0 && !set.includes('');
function best(sets: (string[] | null)[]): string[] | null {
  let top: string[] | null = null;
  for (const s of sets) if (usable(s) && (top === null || score(s) > score(top))) top = s;
  return top;
}

/** Concatenation: runs of exact terms give literals (吹, 哨 → 吹哨); the best window of each run is required. */
function concat(terms: Info[]): Info {
  const all = terms.flatMap((t) => t.all);
  let exact: string[] | null = [''];
  for (const t of terms) exact = exact === null || t.exact === null ? null : cross(exact, t.exact);
  for (let a = 0; a < terms.length; a++) {
    const windows: (string[] | null)[] = [];
    let product: string[] | null = [''];
    for (let b = a; b < terms.length && product !== null; b++) {
      const e = terms[b]?.exact ?? null;
      product = e === null ? null : cross(product, e);
      windows.push(product);
    }
    const w = best(windows);
    if (w !== null) all.push(w);
  }
  return { exact, all };
}

/**
 * Literal sets for the regex `source` (flag u): every match contains a member of each set. Null when the source uses
 * syntax not analysed here (back references, \p{…}, named groups…): the pattern must then run on every text.
 */
export function requiredLiterals(source: string): string[][] | null {
  const cs = [...source];
  let i = 0;
  const next = (): string => { if (i >= cs.length) throw new Unsupported(); return cs[i++] as string; };
  const hex = (n: number): number => {
    const h = cs.slice(i, i + n).join('');
    if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) throw new Unsupported();
    i += n;
    return parseInt(h, 16);
  };
  /** One escaped character after `\` (class escapes such as \s give null), as a code point. */
  const escape = (inClass: boolean): number | null => {
    const c = next();
    if (CLASS_ESCAPES.includes(c)) return null;
    if (c === 'u') {
      let code: number;
      if (cs[i] === '{') { const close = cs.indexOf('}', i); if (close < 0) throw new Unsupported(); i++; code = hex(close - i); i++; } else code = hex(4);
      // A surrogate escape may pair with the next one into one code point; quantifiers would then apply to both.
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
      return code;
    }
    if (c === 'x') return hex(2);
    if (CONTROL[c] !== undefined) return (CONTROL[c] as string).charCodeAt(0);
    if (c === '0' && !/[0-9]/.test(cs[i] ?? '')) return 0;
    if (inClass && c === 'b') return 8;
    if (/[0-9a-zA-Z]/.test(c)) throw new Unsupported(); // back references, \k<…>, \p{…}, \c…: not analysed
    return c.codePointAt(0) as number;
  };
  const charClass = (): Info => {
    const negated = cs[i] === '^';
    if (negated) i++;
    const members = new Set<string>();
    let known = true;
    for (;;) {
      let c = next();
      if (c === ']') break;
      const lo = c === '\\' ? escape(true) : c.codePointAt(0) as number;
      let hi = lo;
      if (cs[i] === '-' && cs[i + 1] !== ']' && cs[i + 1] !== undefined) {
        i++;
        c = next();
        hi = c === '\\' ? escape(true) : c.codePointAt(0) as number;
      }
      if (lo === null || hi === null || hi - lo >= CAP) { known = false; continue; }
      for (let k = lo; k <= hi; k++) members.add(String.fromCodePoint(k));
    }
    return negated || !known || members.size === 0 || members.size > CAP ? UNKNOWN : { exact: [...members], all: [] };
  };
  const atom = (): Info => {
    const c = next();
    if (c === '(') {
      let zeroWidth = false;
      if (cs[i] === '?') {
        const kind = cs[i + 1] === '<' ? `<${cs[i + 2] ?? ''}` : cs[i + 1] ?? '';
        if (kind === ':') i += 2;
        else if (kind === '=' || kind === '!') { i += 2; zeroWidth = true; } else if (kind === '<=' || kind === '<!') { i += 3; zeroWidth = true; } else throw new Unsupported();
      }
      const inner = disjunction();
      if (next() !== ')') throw new Unsupported();
      return zeroWidth ? ZERO_WIDTH : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return ZERO_WIDTH;
    if (c === '\\') {
      if (cs[i] === 'b' || cs[i] === 'B') { i++; return ZERO_WIDTH; }
      const code = escape(false);
      return code === null ? UNKNOWN : { exact: [String.fromCodePoint(code)], all: [] };
    }
    if ('*+?{}])|'.includes(c)) throw new Unsupported();
    return { exact: [c], all: [] };
  };
  const quantified = (a: Info): Info => {
    let min = 1;
    let max = 1;
    const q = cs[i];
    if (q === '?' || q === '*' || q === '+') { i++; min = q === '+' ? 1 : 0; max = q === '?' ? 1 : Infinity; } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(cs.slice(i, i + 24).join(''));
      if (m === null) throw new Unsupported();
      i += [...m[0]].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return a;
    if (cs[i] === '?') i++; // lazy: the same strings match
    if (max === 0) return ZERO_WIDTH;
    if (min === 0) return { exact: max === 1 && a.exact !== null ? [...new Set(['', ...a.exact])] : null, all: [] };
    let exact: string[] | null = min === max ? [''] : null;
    for (let k = 0; k < min && exact !== null && a.exact !== null; k++) exact = cross(exact, a.exact);
    const own = usable(a.exact) ? [a.exact] : [];
    return { exact: a.exact === null ? null : exact, all: [...a.all, ...own] };
  };
  const alternative = (): Info => {
    const terms: Info[] = [];
    while (i < cs.length && cs[i] !== '|' && cs[i] !== ')') terms.push(quantified(atom()));
    return concat(terms);
  };
  function disjunction(): Info {
    const alts = [alternative()];
    while (cs[i] === '|') { i++; alts.push(alternative()); }
    if (alts.length === 1) return alts[0] as Info;
    let exact: string[] | null = [];
    for (const a of alts) exact = exact === null || a.exact === null ? null : [...new Set([...exact, ...a.exact])];
    const each = alts.map((a) => best([...a.all, a.exact]));
    const union = each.every((s) => s !== null) ? [...new Set(each.flat() as string[])] : null;
    return { exact: exact !== null && exact.length <= CAP ? exact : null, all: union === null ? [] : [union] };
  }
  try {
    const top = disjunction();
    if (i !== cs.length) return null;
    const sets = [...top.all, ...(usable(top.exact) ? [top.exact] : [])];
    // Cheapest sets first; a set comparable with a kept one (软弱涣散 within 整顿软弱涣散) adds little but searches.
    const implies = (a: string[], b: string[]): boolean => a.every((x) => b.some((y) => x.includes(y)));
    const kept: string[][] = [];
    for (const b of sets.sort((x, y) => score(y) - score(x))) if (!kept.some((a) => implies(a, b) || implies(b, a))) kept.push(b);
    return kept.slice(0, 3);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

interface Scanner { entry: number; re: RegExp; need: string[][] | null }
export interface PatternHit { entry: number; start: number; end: number }

const scanners = new WeakMap<readonly CompiledPattern[], Scanner[]>();

/**
 * Every non-empty match of every pattern, at every position where it matches (what the sticky pattern matches there),
 * ordered by position and then by pattern order. The combined regex stopped exactly where some pattern matches and
 * then tried each pattern there, so this is the same list of candidates in the same order.
 */
export function patternHits(text: string, patterns: readonly CompiledPattern[]): PatternHit[] {
  let list = scanners.get(patterns);
  if (list === undefined) {
    list = patterns.map((p) => ({ entry: p.entry, re: new RegExp(p.sticky.source, 'gu'), need: requiredLiterals(p.sticky.source) }));
    scanners.set(patterns, list);
  }
  const hits: (PatternHit & { order: number })[] = [];
  list.forEach((s, order) => {
    if (s.need !== null && !s.need.every((set) => set.some((lit) => text.includes(lit)))) return;
    const re = s.re;
    // Resuming one character after each match start, not after its end, finds matches that overlap (as before).
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0] !== '') hits.push({ entry: s.entry, start: m.index, end: m.index + m[0].length, order });
      re.lastIndex = m.index + 1;
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.order - b.order);
}
