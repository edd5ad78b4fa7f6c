/** Finds typed organization mentions (县委组织部, 社区党委, 物业公司, 业委会 …) in text; knowledge is in organizations.json. */
import type { OrganizationCore, OrganizationKind, OrganizationPatterns } from './organization-patterns';

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

const CJK = /[\u4e00-\u9fff]/;
// A classifier after one of these (16 个, 每名, 各个) counts organizations; it is not part of a name.
const QUANTIFIER = /[0-9０-９零〇一二两三四五六七八九十百千万每该本这那几数]/; // not 各: 各级党组织 stays whole and is dropped as collective
const SPACE = /\s/;

/** True when a boundary word ending at `to` lies inside an exception word (为 inside 便民为民, 任 inside 主任). */
function covered(text: string, from: number, to: number, exceptions: string[]): boolean {
  return exceptions.some((ex) => {
    for (let s = Math.max(0, to - ex.length); s <= from; s++) if (text.startsWith(ex, s)) return true;
    return false;
  });
}

function boundaryEndingAt(text: string, at: number, p: OrganizationPatterns): boolean {
  return p.boundaries.some((w) => text.endsWith(w, at) && !covered(text, at - w.length, at, p.boundaryExceptions));
}

/** Walks left from the core over the qualifier (place, level, sector words) until a verb, function word or punctuation. */
function extendLeft(text: string, coreStart: number, p: OrganizationPatterns): number {
  let start = coreStart;
  let pos = coreStart;
  let taken = 0;
  while (pos > 0 && taken < p.maxPrefixLength) {
    const c = text[pos - 1] ?? '';
    if (c === '\n') break; // a paragraph or heading break ends the name; the cleaner has rejoined wrapped lines
    if (SPACE.test(c)) {
      pos--;
      continue;
    }
    if (c === '“' || c === '”') {
      // Quotes around a proper name are transparent (“移动哨点”志愿服务队), but ”“ separates two quoted names.
      if (c === '“' && text[pos - 2] === '”') break;
      pos--;
      continue;
    }
    if (c === '）' || c === ')') {
      const open = text.lastIndexOf(c === '）' ? '（' : '(', pos - 1);
      if (open < 0 || pos - open > 6 || /[，。；：、]/.test(text.slice(open, pos))) break;
      pos = open;
      start = pos;
      continue;
    }
    if (!CJK.test(c) || boundaryEndingAt(text, pos, p)) break;
    let before = pos - 2;
    while (before >= 0 && SPACE.test(text[before] ?? '')) before--;
    if (p.classifiers.includes(c) && QUANTIFIER.test(text[before] ?? '')) break; // 16 个|网格党支部
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
function trimLeading(text: string, start: number, end: number, p: OrganizationPatterns): number {
  for (let again = true; again; ) {
    while (start < end && /[\s”]/.test(text[start] ?? '')) start++;
    const word = p.leadingStrip.find((w) => text.startsWith(w, start) && start + w.length < end);
    again = word !== undefined;
    if (word !== undefined) start += word.length;
  }
  // Keep an opening quote whose closing one is inside the name: “移动哨点”志愿服务队, not 移动哨点”志愿服务队.
  const close = text.indexOf('”', start);
  if (text[start - 1] === '“' && close >= start && close < end) start--;
  return start;
}

function kindOf(core: OrganizationCore, name: string, p: OrganizationPatterns): OrganizationKind {
  if (core.kind !== 'inherit') return core.kind;
  // 市委办公室, 县委城乡基层治理工作委员会: the kind of the rightmost organization word inside the name.
  const inner = name.slice(0, name.length - core.word.length);
  let best: { at: number; kind: OrganizationKind } | undefined;
  for (const c of p.cores) {
    const at = c.kind === 'inherit' ? -1 : inner.lastIndexOf(c.word);
    if (c.kind !== 'inherit' && at >= 0 && (best === undefined || at + c.word.length > best.at)) best = { at: at + c.word.length, kind: c.kind };
  }
  return best?.kind ?? p.inheritFallback;
}

function candidateAt(text: string, i: number, core: OrganizationCore, p: OrganizationPatterns): Candidate | null {
  const end = i + core.word.length;
  let after = end;
  while (after < text.length && SPACE.test(text[after] ?? '')) after++;
  if (p.notFollowedBy.test(text.slice(after, after + 4))) return null;
  const start = trimLeading(text, extendLeft(text, i, p), end, p);
  const surface = text.slice(start, end);
  const full = normalize(surface);
  const stripped = p.stripPrefixes.find((w) => full.startsWith(w) && full.length > w.length);
  const name = stripped === undefined ? full : full.slice(stripped.length);
  const qualifier = name.slice(0, name.length - core.word.length);
  if (p.collective.some((w) => name.includes(w))) return null; // 各部门, 市直各单位党组: no particular organization
  if (p.generic.has(name) || p.notOrganizations.some((w) => name.endsWith(w))) return null;
  if (core.mode !== 'name' && qualifier.length === 0) return null; // bare 党委, 企业, 委员会
  if (p.notNames.some((w) => name.endsWith(w))) return null;
  if (core.mode === 'level' && !p.levelName.test(name)) return null;
  return { name, surface, kind: kindOf(core, name, p), start, end, coreLength: core.word.length };
}

const coreIndexes = new WeakMap<OrganizationPatterns, Map<string, OrganizationCore[]>>();

/** Cores grouped by first character (each group keeps the longest-first order): one map lookup per text position. */
function coresByFirstChar(patterns: OrganizationPatterns): Map<string, OrganizationCore[]> {
  let index = coreIndexes.get(patterns);
  if (!index) {
    index = new Map();
    for (const core of patterns.cores) {
      const first = core.word[0] ?? '';
      const group = index.get(first);
      if (group) group.push(core);
      else index.set(first, [core]);
    }
    coreIndexes.set(patterns, index);
  }
  return index;
}

/**
 * Finds organization mentions in `text`, in order, without overlaps: the longest reading wins, so 物业行业协会党支部 is
 * one party_org mention, not also a social_org. Collective words (各部门) and kind labels (社会组织, 党组织) are skipped;
 * consultation bodies owned by the mechanism lexicon (党群议事会) are never organizations. Pure.
 */
export function extractOrganizations(text: string, patterns: OrganizationPatterns): OrganizationMention[] {
  const candidates: Candidate[] = [];
  const byFirstChar = coresByFirstChar(patterns);
  for (let i = 0; i < text.length; i++) {
    const starting = byFirstChar.get(text[i] ?? '');
    const core = starting?.find((c) => text.startsWith(c.word, i));
    if (core === undefined) continue;
    const candidate = candidateAt(text, i, core, patterns);
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
