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
interface Info {
  exact: string[] | null;
  all: string[][];
}

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

/** A regex source being read, one code point at a time. */
interface Reader {
  cs: string[];
  i: number;
}

function next(r: Reader): string {
  if (r.i >= r.cs.length) throw new Unsupported();
  return r.cs[r.i++] as string;
}

function hex(r: Reader, n: number): number {
  const h = r.cs.slice(r.i, r.i + n).join('');
  if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== n) throw new Unsupported();
  r.i += n;
  return parseInt(h, 16);
}

/** One escaped character after `\` (class escapes such as \s give null), as a code point. */
function escape(r: Reader, inClass: boolean): number | null {
  const c = next(r);
  if (CLASS_ESCAPES.includes(c)) return null;
  if (c === 'u') {
    let code: number;
    if (r.cs[r.i] === '{') {
      const close = r.cs.indexOf('}', r.i);
      if (close < 0) throw new Unsupported();
      r.i++;
      code = hex(r, close - r.i);
      r.i++;
    } else code = hex(r, 4);
    // A surrogate escape may pair with the next one into one code point; quantifiers would then apply to both.
    if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
    return code;
  }
  if (c === 'x') return hex(r, 2);
  if (CONTROL[c] !== undefined) return (CONTROL[c] as string).charCodeAt(0);
  if (c === '0' && !/[0-9]/.test(r.cs[r.i] ?? '')) return 0;
  if (inClass && c === 'b') return 8;
  if (/[0-9a-zA-Z]/.test(c)) throw new Unsupported(); // back references, \k<…>, \p{…}, \c…: not analysed
  return c.codePointAt(0) as number;
}

function charClass(r: Reader): Info {
  const negated = r.cs[r.i] === '^';
  if (negated) r.i++;
  const members = new Set<string>();
  let known = true;
  for (;;) {
    let c = next(r);
    if (c === ']') break;
    const lo = c === '\\' ? escape(r, true) : (c.codePointAt(0) as number);
    let hi = lo;
    if (r.cs[r.i] === '-' && r.cs[r.i + 1] !== ']' && r.cs[r.i + 1] !== undefined) {
      r.i++;
      c = next(r);
      hi = c === '\\' ? escape(r, true) : (c.codePointAt(0) as number);
    }
    if (lo === null || hi === null || hi - lo >= CAP) {
      known = false;
      continue;
    }
    for (let k = lo; k <= hi; k++) members.add(String.fromCodePoint(k));
  }
  return negated || !known || members.size === 0 || members.size > CAP ? UNKNOWN : { exact: [...members], all: [] };
}

function group(r: Reader): Info {
  let zeroWidth = false;
  if (r.cs[r.i] === '?') {
    const kind = r.cs[r.i + 1] === '<' ? `<${r.cs[r.i + 2] ?? ''}` : (r.cs[r.i + 1] ?? '');
    if (kind === ':') r.i += 2;
    else if (kind === '=' || kind === '!') {
      r.i += 2;
      zeroWidth = true;
    } else if (kind === '<=' || kind === '<!') {
      r.i += 3;
      zeroWidth = true;
    } else throw new Unsupported();
  }
  const inner = disjunction(r);
  if (next(r) !== ')') throw new Unsupported();
  return zeroWidth ? ZERO_WIDTH : inner;
}

function atom(r: Reader): Info {
  const c = next(r);
  if (c === '(') return group(r);
  if (c === '[') return charClass(r);
  if (c === '.') return UNKNOWN;
  if (c === '^' || c === '$') return ZERO_WIDTH;
  if (c === '\\') {
    if (r.cs[r.i] === 'b' || r.cs[r.i] === 'B') {
      r.i++;
      return ZERO_WIDTH;
    }
    const code = escape(r, false);
    return code === null ? UNKNOWN : { exact: [String.fromCodePoint(code)], all: [] };
  }
  if ('*+?{}])|'.includes(c)) throw new Unsupported();
  return { exact: [c], all: [] };
}

function quantified(r: Reader, a: Info): Info {
  let min = 1;
  let max = 1;
  const q = r.cs[r.i];
  if (q === '?' || q === '*' || q === '+') {
    r.i++;
    min = q === '+' ? 1 : 0;
    max = q === '?' ? 1 : Infinity;
  } else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.cs.slice(r.i, r.i + 24).join(''));
    if (m === null) throw new Unsupported();
    r.i += [...m[0]].length;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  } else return a;
  if (r.cs[r.i] === '?') r.i++; // lazy: the same strings match
  if (max === 0) return ZERO_WIDTH;
  if (min === 0) return { exact: max === 1 && a.exact !== null ? [...new Set(['', ...a.exact])] : null, all: [] };
  let exact: string[] | null = min === max ? [''] : null;
  for (let k = 0; k < min && exact !== null && a.exact !== null; k++) exact = cross(exact, a.exact);
  const own = usable(a.exact) ? [a.exact] : [];
  return { exact: a.exact === null ? null : exact, all: [...a.all, ...own] };
}

function alternative(r: Reader): Info {
  const terms: Info[] = [];
  while (r.i < r.cs.length && r.cs[r.i] !== '|' && r.cs[r.i] !== ')') terms.push(quantified(r, atom(r)));
  return concat(terms);
}

function disjunction(r: Reader): Info {
  const alts = [alternative(r)];
  while (r.cs[r.i] === '|') {
    r.i++;
    alts.push(alternative(r));
  }
  if (alts.length === 1) return alts[0] as Info;
  let exact: string[] | null = [];
  for (const a of alts) exact = exact === null || a.exact === null ? null : [...new Set([...exact, ...a.exact])];
  const each = alts.map((a) => best([...a.all, a.exact]));
  const union = each.every((s) => s !== null) ? [...new Set(each.flat() as string[])] : null;
  return { exact: exact !== null && exact.length <= CAP ? exact : null, all: union === null ? [] : [union] };
}

/**
 * Literal sets for the regex `source` (flag u): every match contains a member of each set. Null when the source uses
 * syntax not analysed here (back references, \p{…}, named groups…): the pattern must then run on every text.
 */
export function requiredLiterals(source: string): string[][] | null {
  const r: Reader = { cs: [...source], i: 0 };
  try {
    const top = disjunction(r);
    if (r.i !== r.cs.length) return null;
    const sets = [...top.all, ...(usable(top.exact) ? [top.exact] : [])];
    // Cheapest sets first; a set comparable with a kept one (软弱涣散 within 整顿软弱涣散) adds little but searches.
    const implies = (a: string[], b: string[]): boolean => a.every((x) => b.some((y) => x.includes(y)));
    const kept: string[][] = [];
    for (const b of sets.sort((x, y) => score(y) - score(x)))
      if (!kept.some((a) => implies(a, b) || implies(b, a))) kept.push(b);
    return kept.slice(0, 3);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

interface Scanner {
  entry: number;
  re: RegExp;
  need: string[][] | null;
}
export interface PatternHit {
  entry: number;
  start: number;
  end: number;
}

const scanners = new WeakMap<readonly CompiledPattern[], Scanner[]>();

/**
 * Every non-empty match of every pattern, at every position where it matches (what the sticky pattern matches there),
 * ordered by position and then by pattern order. The combined regex stopped exactly where some pattern matches and
 * then tried each pattern there, so this is the same list of candidates in the same order.
 */
export function patternHits(text: string, patterns: readonly CompiledPattern[]): PatternHit[] {
  let list = scanners.get(patterns);
  if (list === undefined) {
    list = patterns.map((p) => ({
      entry: p.entry,
      re: new RegExp(p.sticky.source, 'gu'),
      need: requiredLiterals(p.sticky.source),
    }));
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
