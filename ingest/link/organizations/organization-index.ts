/** Lookups compiled from OrganizationPatterns once, so the organization scanner probes a few words per position. */
import type { OrganizationCore, OrganizationPatterns } from './organization-patterns';

/** Items grouped by the char code of their first (or last) character, each group in list order. */
function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const first = (w: string): number => w.charCodeAt(0);
const last = (w: string): number => w.charCodeAt(w.length - 1);

/** A trie over core words by char code; `core` is set where a word ends. */
interface CoreNode {
  core: OrganizationCore | undefined;
  next: Map<number, CoreNode>;
}

export interface OrganizationIndex {
  /** 1 at char codes some core word starts with: every other text position is skipped at once. */
  coreStart: Uint8Array;
  /** Core words as a trie, walked by `coreAt` from a text position. */
  cores: CoreNode;
  /** Cores that have a kind of their own, by first character, each with its rank in `patterns.cores`. */
  typedCores: Map<number, Array<{ core: OrganizationCore; rank: number }>>;
  /** Boundary words by last character: extendLeft asks which of them end where it stands. */
  boundaries: Map<number, string[]>;
  /** Leading words by first character, in list order. */
  leadingStrip: Map<number, string[]>;
  /** Char codes of one-character classifiers (个, 家 …): the only ones a single character can equal. */
  classifierCodes: ReadonlySet<number>;
  /** Collective words by first character: a name containing one is dropped. */
  collective: Map<number, string[]>;
  /** notNames and notOrganizations by last character: both are tested with endsWith on a name. */
  notNames: Map<number, string[]>;
  notOrganizations: Map<number, string[]>;
}

const indexes = new WeakMap<OrganizationPatterns, OrganizationIndex>();

function compile(p: OrganizationPatterns): OrganizationIndex {
  const coreStart = new Uint8Array(0x10000);
  for (const core of p.cores) coreStart[first(core.word)] = 1;
  const root: CoreNode = { core: undefined, next: new Map() };
  for (const core of p.cores) {
    let node = root;
    for (let k = 0; k < core.word.length; k++) {
      const code = core.word.charCodeAt(k);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = { core: undefined, next: new Map() }));
      node = child;
    }
    node.core = core; // words are unique (the loader rejects repeats)
  }
  const typed = p.cores.map((core, rank) => ({ core, rank })).filter((t) => t.core.kind !== 'inherit');
  return {
    coreStart,
    cores: root,
    typedCores: groupBy(typed, (t) => first(t.core.word)),
    boundaries: groupBy(p.boundaries, last),
    leadingStrip: groupBy(p.leadingStrip, first),
    classifierCodes: new Set(p.classifiers.filter((w) => w.length === 1).map(first)),
    collective: groupBy(p.collective, first),
    notNames: groupBy(p.notNames, last),
    notOrganizations: groupBy(p.notOrganizations, last),
  };
}

/** The compiled index of `patterns`, built on first use. Patterns are treated as immutable once loaded. */
export function organizationIndex(patterns: OrganizationPatterns): OrganizationIndex {
  let index = indexes.get(patterns);
  if (index === undefined) {
    index = compile(patterns);
    indexes.set(patterns, index);
  }
  return index;
}

/**
 * The core word written at `at`, longest first: what `patterns.cores.find((c) => text.startsWith(c.word, at))` gives,
 * since the loader sorts cores longest first and two words of one length cannot both start at `at`.
 */
export function coreAt(
  ix: OrganizationIndex,
  { text, at }: { text: string; at: number },
): OrganizationCore | undefined {
  let found: OrganizationCore | undefined;
  let node: CoreNode | undefined = ix.cores;
  for (let k = at; k < text.length; k++) {
    node = node.next.get(text.charCodeAt(k));
    if (node === undefined) break;
    if (node.core !== undefined) found = node.core;
  }
  return found;
}

/** True when one of the words grouped in `byLast` ends `s` (as `words.some((w) => s.endsWith(w))`). */
export function endsWithAny(s: string, byLast: Map<number, string[]>): boolean {
  const group = byLast.get(s.charCodeAt(s.length - 1));
  return group !== undefined && group.some((w) => s.endsWith(w));
}

/** True when one of the words grouped in `byFirst` occurs in `s` (as `words.some((w) => s.includes(w))`). */
export function includesAny(s: string, byFirst: Map<number, string[]>): boolean {
  for (let k = 0; k < s.length; k++) {
    const group = byFirst.get(s.charCodeAt(k));
    if (group !== undefined && group.some((w) => s.startsWith(w, k))) return true;
  }
  return false;
}
