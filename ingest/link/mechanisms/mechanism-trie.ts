/** The character trie behind MechanismLexicon.matchAt, plus the table of characters a match can start with. */

interface TrieNode {
  next: Map<number, TrieNode> | null;
  entry: number;
}

/** One name or alias to index: `entry` is the index of its lexicon entry. */
export interface TrieForm {
  form: string;
  entry: number;
  owner: string;
}

// Quotes and spaces are skipped inside a match so 在职党员“双报到” matches the alias 在职党员双报到.
const MAX_SKIPS = 4;
// Per-code tables (1 = member): a typed-array read is cheaper than Set.has in the per-character loop. Codes past the
// text (NaN) read as undefined, i.e. not a member, as Set.has(NaN) was false.
const table = (codes: number[]): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of codes) t[c] = 1;
  return t;
};
const OPENER_CODES = [0x201c, 0x300c, 0x300e, 0x2018];
const CLOSER_CODES = [0x201d, 0x300d, 0x300f, 0x2019];
const SKIP = table([...OPENER_CODES, ...CLOSER_CODES, 0x22, 0x20, 0x3000, 0x09]);
const OPENERS = table(OPENER_CODES);
const CLOSERS = table(CLOSER_CODES);
const isSkip = (c: number): boolean => SKIP[c] === 1;
const isOpener = (c: number): boolean => OPENERS[c] === 1;
const isCloser = (c: number): boolean => CLOSERS[c] === 1;

/** Full-width ASCII → ASCII and upper-case letters, so ＋/+ and ｎ/N match the same alias. */
function fold(c: number): number {
  const h = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  return h >= 0x61 && h <= 0x7a ? h - 0x20 : h;
}
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);

/**
 * Builds the trie. `fail(owner, reason)` must throw: it reports an alias that is empty once quotes and spaces are
 * removed, or one that two entries share.
 */
export function buildTrie(forms: TrieForm[], fail: (owner: string, reason: string) => never): TrieNode {
  const root: TrieNode = { next: null, entry: -1 };
  const owner = new Map<string, string>();
  for (const { form, entry, owner: name } of forms) {
    const codes = [...form].map((ch) => fold(ch.codePointAt(0) ?? 0)).filter((c) => !isSkip(c));
    const key = String.fromCodePoint(...codes);
    if (key === '') fail(name, `alias "${form}" is empty once quotes and spaces are removed`);
    const prev = owner.get(key);
    if (prev !== undefined && prev !== name) fail(name, `"${form}" is also a name or alias of "${prev}"`);
    owner.set(key, name);
    let node = root;
    for (const ch of key) {
      // Keys are BMP text; surrogate pairs would need two steps but never occur in this lexicon.
      const c = ch.charCodeAt(0);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, entry: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    node.entry = entry;
  }
  return root;
}

// Filter on the first two characters, sized so few of a lexicon's two-character prefixes share a bit.
const PAIR_BITS = 18;
const pairBit = (a: number, b: number): number => ((a << 7) ^ b) & ((1 << PAIR_BITS) - 1);

/**
 * What matchAt gives at every position of `text`, in order: [start, entry, end] triples. Most characters start no alias
 * and most that do are not followed by a second character of one, so two table reads skip them without a matchAt call:
 * `first` marks the codes a match can start with (2 when that character alone is an alias), `pairs` the first two
 * folded codes of every key (a bit may also be set by another pair: matchAt then decides).
 */
export function makeScanner(
  root: TrieNode,
  matchAt: (text: string, start: number) => { entry: number; end: number } | null,
): (text: string) => number[] {
  const first = new Uint8Array(0x10000);
  const pairs = new Uint8Array(1 << (PAIR_BITS - 3));
  for (let c = 0; c < 0x10000; c++) {
    const child = isSkip(c) ? undefined : root.next?.get(fold(c));
    if (child !== undefined) first[c] = child.entry >= 0 ? 2 : 1;
  }
  for (const [a, child] of root.next ?? []) {
    for (const b of child.next?.keys() ?? []) {
      const bit = pairBit(a, b);
      pairs[bit >> 3] = (pairs[bit >> 3] ?? 0) | (1 << (bit & 7));
    }
  }
  return (text) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const kind = first[text.charCodeAt(i)];
      if (kind === 0) continue;
      // A non-skipped second character must continue some key (past the end, fold(NaN) reads a bit that is rarely set
      // and matchAt then returns null). A quote or space there is skipped by matchAt, so it decides.
      const next = text.charCodeAt(i + 1);
      if (kind === 1 && !isSkip(next)) {
        const bit = pairBit(fold(text.charCodeAt(i)), fold(next));
        if (((pairs[bit >> 3] ?? 0) & (1 << (bit & 7))) === 0) continue;
      }
      const m = matchAt(text, i);
      if (m !== null) out.push(i, m.entry, m.end);
    }
    return out;
  };
}

/** Longest name/alias starting exactly at `start` (quotes and spaces inside are skipped), or null. */
export function makeMatcher(root: TrieNode): (text: string, start: number) => { entry: number; end: number } | null {
  return (text, start) => {
    const first = text.charCodeAt(start);
    if (isSkip(first)) return null;
    // An alias that begins with a digit must not start inside a longer number (12345 in 0551-123456).
    if (isAlnum(fold(first)) && start > 0 && isAlnum(fold(text.charCodeAt(start - 1)))) return null;
    let node = root;
    let best: { entry: number; end: number } | null = null;
    let skips = 0;
    let net = 0; // opening minus closing quotes skipped: a match may cross a quote only if its partner is adjacent
    for (let j = start; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x0a || c === 0x0d) break;
      if (isSkip(c)) {
        if (++skips > MAX_SKIPS) break;
        net += isOpener(c) ? 1 : isCloser(c) ? -1 : 0;
        continue;
      }
      const child = node.next?.get(fold(c));
      if (!child) break;
      node = child;
      if (node.entry < 0 || (isAlnum(fold(c)) && isAlnum(fold(text.charCodeAt(j + 1))))) continue;
      // 积分”制度 must not match 积分制; “两新组织”党建 may match 两新组织党建 (its opening quote is just before).
      if (
        net === 0 ||
        (net === 1 && isCloser(text.charCodeAt(j + 1))) ||
        (net === -1 && isOpener(text.charCodeAt(start - 1)))
      ) {
        best = { entry: node.entry, end: j + 1 };
      }
    }
    return best;
  };
}
