/** Finds typed organization mentions (县委组织部, 社区党委, 物业公司, 业委会 …) in text; knowledge is in organizations.json. */
import { isSpace } from '../../clean/space-code';
import type { OrganizationCore, OrganizationKind, OrganizationPatterns } from './organization-patterns';
import { coreAt, endsWithAny, includesAny, organizationIndex, type OrganizationIndex } from './organization-index';

/** One organization named in the text. `surface === text.slice(start, end)`; `name` is the normalized form. */
export interface OrganizationMention {
  /** Without 中共, quotes, spaces (中共桐城市委 → 桐城市委; 社区“大党委” → 社区大党委). The Organization node key. */
  name: string;
  surface: string;
  kind: OrganizationKind;
  start: number;
  end: number;
}

interface Candidate extends OrganizationMention {
  coreLength: number;
}

const NEWLINE = 0x0a;
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const LEFT_PAREN = 0xff08; // （
const RIGHT_PAREN = 0xff09; // ）
// A parenthesis further back than this is not a short aside inside the name (中心（所、站）).
const MAX_PAREN_SPAN = 6;

const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

// A classifier after one of these (16 个, 每名, 各个) counts organizations; it is not part of a name.
// Not 各: 各级党组织 stays whole and is dropped as collective.
const QUANTIFIER = new Set(
  [...'0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万每该本这那几数'].map((c) => c.charCodeAt(0)),
);

/** True when a boundary word ending at `to` lies inside an exception word (为 inside 便民为民, 任 inside 主任). */
function covered(text: string, from: number, to: number, exceptions: string[]): boolean {
  return exceptions.some((ex) => {
    for (let s = Math.max(0, to - ex.length); s <= from; s++) if (text.startsWith(ex, s)) return true;
    return false;
  });
}

function boundaryEndingAt(text: string, at: number, p: OrganizationPatterns, ix: OrganizationIndex): boolean {
  const words = ix.boundaries.get(text.charCodeAt(at - 1));
  return (
    words !== undefined &&
    words.some((w) => text.endsWith(w, at) && !covered(text, at - w.length, at, p.boundaryExceptions))
  );
}

/** Offset of `open` within MAX_PAREN_SPAN characters before `pos`, nearest first; -1 when there is none. */
function openParenBefore(text: string, pos: number, open: number): number {
  for (let k = pos - 1; k >= 0 && pos - k <= MAX_PAREN_SPAN; k--) if (text.charCodeAt(k) === open) return k;
  return -1;
}

/** Walks left from the core over the qualifier (place, level, sector words) until a verb, function word or punctuation. */
function extendLeft(text: string, coreStart: number, p: OrganizationPatterns, ix: OrganizationIndex): number {
  let start = coreStart;
  let pos = coreStart;
  let taken = 0;
  while (pos > 0 && taken < p.maxPrefixLength) {
    const c = text.charCodeAt(pos - 1);
    if (c === NEWLINE) break; // a paragraph or heading break ends the name; the cleaner has rejoined wrapped lines
    if (isSpace(c)) {
      pos--;
      continue;
    }
    if (c === OPEN_QUOTE || c === CLOSE_QUOTE) {
      // Quotes around a proper name are transparent (“移动哨点”志愿服务队), but ”“ separates two quoted names.
      if (c === OPEN_QUOTE && text.charCodeAt(pos - 2) === CLOSE_QUOTE) break;
      pos--;
      continue;
    }
    if (c === RIGHT_PAREN || c === 0x29) {
      const open = openParenBefore(text, pos, c === RIGHT_PAREN ? LEFT_PAREN : 0x28);
      if (open < 0 || /[，。；：、]/.test(text.slice(open, pos))) break;
      pos = open;
      start = pos;
      continue;
    }
    if (!isCjk(c) || boundaryEndingAt(text, pos, p, ix)) break;
    if (ix.classifierCodes.has(c)) {
      let before = pos - 2;
      while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
      if (QUANTIFIER.has(text.charCodeAt(before))) break; // 16 个|网格党支部
    }
    pos--;
    taken++;
    start = pos;
  }
  return start;
}

function normalize(surface: string): string {
  return surface.replace(/[\s“”"‘’「」]/g, '');
}

/** Moves `start` past leading words that are not part of the name (先进, 全县); 中共 stays in the surface. */
function trimLeading(text: string, start: number, end: number, ix: OrganizationIndex): number {
  for (let again = true; again;) {
    while (start < end && (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === CLOSE_QUOTE)) start++;
    const from = start;
    const word = ix.leadingStrip
      .get(text.charCodeAt(from))
      ?.find((w) => text.startsWith(w, from) && from + w.length < end);
    again = word !== undefined;
    if (word !== undefined) start += word.length;
  }
  // Keep an opening quote whose closing one is inside the name: “移动哨点”志愿服务队, not 移动哨点”志愿服务队.
  if (text.charCodeAt(start - 1) === OPEN_QUOTE) {
    for (let k = start; k < end; k++) {
      if (text.charCodeAt(k) === CLOSE_QUOTE) return start - 1;
    }
  }
  return start;
}

function kindOf(
  core: OrganizationCore,
  name: string,
  p: OrganizationPatterns,
  ix: OrganizationIndex,
): OrganizationKind {
  if (core.kind !== 'inherit') return core.kind;
  // 市委办公室, 县委城乡基层治理工作委员会: the kind of the rightmost-ending organization word inside the name; on a tie,
  // the word listed first in the patterns (longer first).
  const inner = name.length - core.word.length;
  let best: { end: number; rank: number; kind: OrganizationKind } | undefined;
  for (let k = 0; k < inner; k++) {
    for (const { core: c, rank } of ix.typedCores.get(name.charCodeAt(k)) ?? []) {
      const end = k + c.word.length;
      if (c.kind === 'inherit' || end > inner || !name.startsWith(c.word, k)) continue;
      if (best === undefined || end > best.end || (end === best.end && rank < best.rank))
        best = { end, rank, kind: c.kind };
    }
  }
  return best?.kind ?? p.inheritFallback;
}

/** The organization whose core word `core` starts at `at`, or null when that reading names none. */
function candidateAt({
  text,
  at: i,
  core,
  patterns: p,
  ix,
}: {
  text: string;
  at: number;
  core: OrganizationCore;
  patterns: OrganizationPatterns;
  ix: OrganizationIndex;
}): Candidate | null {
  const end = i + core.word.length;
  let after = end;
  while (after < text.length && isSpace(text.charCodeAt(after))) after++;
  if (p.notFollowedBy.test(text.slice(after, after + 4))) return null;
  const start = trimLeading(text, extendLeft(text, i, p, ix), end, ix);
  const surface = text.slice(start, end);
  const full = normalize(surface);
  const stripped = p.stripPrefixes.find((w) => full.startsWith(w) && full.length > w.length);
  const name = stripped === undefined ? full : full.slice(stripped.length);
  const qualifier = name.slice(0, name.length - core.word.length);
  if (includesAny(name, ix.collective)) return null; // 各部门, 市直各单位党组: no particular organization
  if (p.generic.has(name) || endsWithAny(name, ix.notOrganizations)) return null;
  if (core.mode !== 'name' && qualifier.length === 0) return null; // bare 党委, 企业, 委员会
  if (endsWithAny(name, ix.notNames)) return null;
  if (core.mode === 'level' && !p.levelName.test(name)) return null;
  return { name, surface, kind: kindOf(core, name, p, ix), start, end, coreLength: core.word.length };
}

/**
 * Finds organization mentions in `text`, in order, without overlaps: the longest reading wins, so 物业行业协会党支部 is
 * one party_org mention, not also a social_org. Collective words (各部门) and kind labels (社会组织, 党组织) are skipped;
 * consultation bodies owned by the mechanism lexicon (党群议事会) are never organizations. Pure.
 */
export function extractOrganizations(text: string, patterns: OrganizationPatterns): OrganizationMention[] {
  const candidates: Candidate[] = [];
  const ix = organizationIndex(patterns);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (ix.coreStart[code] === 0) continue; // no core word starts here: the common case, decided without a lookup
    const core = coreAt(ix, { text, at: i });
    if (core === undefined) continue;
    const candidate = candidateAt({ text, at: i, core, patterns, ix });
    if (candidate !== null) candidates.push(candidate);
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || b.coreLength - a.coreLength || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.start - b.start)
    .map(({ name, surface, kind, start, end }) => ({ name, surface, kind, start, end }));
}
