/** Resolves a practice item's locality (phrase, reportedBy, text, bulletin region) to a gazetteer chain. */
import { attachLocalityUnits, type AttachedUnit } from './attach-locality-units';
import { findLocalityMentions } from './find-locality-mentions';
import { CORE_LEVELS, type Gazetteer, type GazetteerEntry } from './gazetteer';
import type { LocalityLevel } from './locality-levels';
import { type NarrowingContext, narrowLocalityCandidates } from './narrow-locality-candidates';
import { sentenceSpan } from '../text-reading/sentence-span';
import type { LocalityWords } from './locality-words';
import { mentionsTownLevel, type PhraseSegment, segmentLocalityPhrase } from './segment-locality-phrase';

/** A gazetteer entry, or a non-gazetteer unit whose code is synthetic (`${parentCode}-${name}`, see attach-locality-units). */
export type ResolvedLocality = GazetteerEntry;

export interface LocalityInput {
  /** The item's locality phrase as written (潜山市, 吉林安图县, 千秋街道上城风景小区党支部), or null. */
  phrase: string | null;
  /** The practice text. */
  text: string;
  /** e.g. 潜山市委组织部, 中共桐城市委. */
  reportedBy: string | null;
  /** Code of the bulletin's own locality (see resolveBulletinRegion). */
  bulletinRegion: string | null;
  /** Codes already resolved for the other items of the same bulletin. */
  otherLocalityCodes: string[];
}

export interface LocalityResolution {
  locality: ResolvedLocality | null;
  /** From the most specific up to the province. */
  chain: ResolvedLocality[];
  /** Non-gazetteer units created (上城风景小区), each a child of the next entry in `chain`. */
  extra: ResolvedLocality[];
  /** The phrase or sentence that decided. */
  evidence: string;
  warnings: string[];
}

const ALL_LEVELS: readonly LocalityLevel[] = [...CORE_LEVELS, 'town'];
const levelsFor = (text: string, gazetteer: Gazetteer): readonly LocalityLevel[] =>
  mentionsTownLevel(text, gazetteer.words) ? ALL_LEVELS : CORE_LEVELS;

/** The sentence of `text` around `offset`, as evidence (bounded: see sentenceSpan). */
function sentenceAt(text: string, offset: number): string {
  const span = sentenceSpan(text, { start: offset, end: offset });
  return text.slice(span.start, span.end).trim();
}

/** 我县 / 该县 / 全市 / a bare leading 市 (市金融局) → the region, or its ancestor of the matching kind (我省 → the province). */
function resolveReference(
  ref: string,
  region: GazetteerEntry | null,
  gazetteer: Gazetteer,
  warnings: string[],
): GazetteerEntry | null {
  if (!region) {
    warnings.push(`"${ref}" refers to the publisher's locality, but the bulletin region is unknown`);
    return null;
  }
  // A written reference (我市, 本县, 全区, 该镇) names its level after its first character; a bare one (市金融局) is it.
  const kind = gazetteer.words.references.includes(ref) ? ref.slice(1) : ref.slice(0, 1);
  const target = gazetteer.chain(region.code).find((e) => e.name.endsWith(kind));
  if (!target) warnings.push(`"${ref}" does not fit the bulletin region ${region.name}; used the region`);
  return target ?? region;
}

/** 我县…, or a bare admin character opening an org name (市金融局, 县委组织部), but not a title (市外参考, 县域经济). */
const leadingReference = (text: string, words: LocalityWords): string | null => {
  const ref = words.references.find((r) => text.startsWith(r));
  if (ref) return ref;
  const bare = words.knowledge.bareLeadingChars.some((c) => text.startsWith(c));
  return bare && words.knowledge.orgWords.some((w) => text.slice(1).includes(w)) ? text.slice(0, 1) : null;
};

interface Found {
  entry: GazetteerEntry;
  evidence: string;
  /** What followed the gazetteer name in a phrase, to read as units. */
  residue: string;
}

/** Reads a phrase that starts with a locality: segments, narrowing, or a leading reference. */
function readLeading(
  text: string,
  ctx: NarrowingContext,
  gazetteer: Gazetteer,
  warnings: string[],
): Found | null | 'none' {
  const { text: clean } = gazetteer.names.stripOrgPrefix(text);
  const read = (levels: readonly LocalityLevel[]) =>
    segmentLocalityPhrase({ text: clean, gazetteer, levels, genericUnder: ctx.region ?? 'followed-only' });
  const levels = levelsFor(clean, gazetteer);
  let reading = read(levels);
  if (reading.end < clean.length && levels !== ALL_LEVELS) {
    // Towns without a tell-tale suffix (南城区, 黄山管理处, 天津风电产业园): retry with the town level.
    const wider = read(ALL_LEVELS);
    if (wider.end > reading.end) reading = wider;
  }
  const last = reading.segments[reading.segments.length - 1];
  if (!last) {
    const ref = leadingReference(clean, gazetteer.words);
    const entry = ref ? resolveReference(ref, ctx.region, gazetteer, warnings) : null;
    if (!ref || !entry) return 'none';
    // 我市南关区: the place after the reference, looked for inside the referenced unit; the unit itself when none.
    const rest = clean.slice(ref.length);
    const inner =
      rest && gazetteer.words.references.includes(ref)
        ? readLeading(rest, { ...ctx, region: entry }, gazetteer, [])
        : null;
    return inner && inner !== 'none' && gazetteer.chain(inner.entry.code).some((e) => e.code === entry.code)
      ? { ...inner, evidence: text }
      : { entry, evidence: text, residue: '' };
  }
  const narrowed = narrowLocalityCandidates({ matches: last.matches, context: ctx, gazetteer });
  if (narrowed.chosen) return { entry: narrowed.chosen, evidence: text, residue: clean.slice(reading.end) };
  warnAmbiguous(last, narrowed.remaining, warnings);
  return null;
}

/** Candidates named in an ambiguity warning; 城关镇 alone has ninety. */
const LISTED_CANDIDATES = 6;

function warnAmbiguous(segment: PhraseSegment, remaining: GazetteerEntry[], warnings: string[]): void {
  const list = remaining
    .slice(0, LISTED_CANDIDATES)
    .map((e) => `${e.code} ${e.name}`)
    .join(', ');
  const more = remaining.length > LISTED_CANDIDATES ? ` … (${remaining.length} in all)` : '';
  warnings.push(`ambiguous locality "${segment.surface}": ${list}${more}`);
}

/** No usable phrase: reportedBy, then the first resolvable mention (or self-reference 我县) in the text, then 全市. */
function readContext(
  input: LocalityInput,
  ctx: NarrowingContext,
  gazetteer: Gazetteer,
  warnings: string[],
): Found | null {
  if (input.reportedBy) {
    const found = readLeading(input.reportedBy, ctx, gazetteer, warnings);
    if (found && found !== 'none') return found;
  }
  const text = input.text;
  const selfAt = Math.min(...gazetteer.words.pointing.map((r) => text.indexOf(r)).filter((i) => i >= 0));
  const ambiguities: string[] = []; // reported only if no later mention resolves
  for (const mention of findLocalityMentions({ text, gazetteer, levels: ALL_LEVELS })) {
    // With a known region, 我县 before any named place is the region; without one (an article, no masthead) the
    // place the text goes on to name is what 我县 / 该县 meant.
    if (mention.start > selfAt && ctx.region) break;
    const last = mention.segments[mention.segments.length - 1];
    const narrowed = last ? narrowLocalityCandidates({ matches: last.matches, context: ctx, gazetteer }) : null;
    if (narrowed?.chosen) return { entry: narrowed.chosen, evidence: sentenceAt(text, mention.start), residue: '' };
    if (last && narrowed) warnAmbiguous(last, narrowed.remaining, ambiguities);
  }
  warnings.push(...ambiguities);
  const refs = gazetteer.words.references
    .map((r) => ({ r, at: text.indexOf(r) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const ref = refs[0];
  if (ref) {
    const entry = resolveReference(ref.r, ctx.region, gazetteer, warnings);
    if (entry) return { entry, evidence: sentenceAt(text, ref.at), residue: '' };
  }
  if (ctx.region) {
    warnings.push(`no locality named in the item; assumed the bulletin region ${ctx.region.name}`);
    return { entry: ctx.region, evidence: `bulletin region ${ctx.region.name}`, residue: '' };
  }
  return null;
}

/**
 * Resolves an item's locality. Order: the phrase (with parents written in it: 酒泉市金塔县), narrowing same-name
 * candidates by parents named in the text, the bulletin region, then the other items; without a usable phrase, the
 * reportedBy, the text's first mention, 我县/全市 (→ the region). Ambiguity yields a warning and no locality, never a guess.
 * Units written after the name (上城风景小区) become children with synthetic codes, listed in `extra`.
 */
export function resolveLocality(input: LocalityInput, gazetteer: Gazetteer): LocalityResolution {
  const warnings: string[] = [];
  const gazetteerCode = (code: string): string => code.split('-')[0] ?? code; // a synthetic unit counts as its parent
  const region = input.bulletinRegion ? (gazetteer.byCode(gazetteerCode(input.bulletinRegion)) ?? null) : null;
  if (input.bulletinRegion && !region) warnings.push(`unknown bulletin region code ${input.bulletinRegion}`);
  const others = input.otherLocalityCodes
    .map((code) => gazetteer.byCode(gazetteerCode(code)))
    .filter((e): e is GazetteerEntry => e !== undefined);
  const ctx: NarrowingContext = { text: `${input.text}\n${input.reportedBy ?? ''}`, region, others };

  const phrase = input.phrase?.trim() ? input.phrase.trim() : null;
  let found: Found | null = null;
  if (phrase) {
    const read = readLeading(phrase, ctx, gazetteer, warnings);
    if (read === null) return { locality: null, chain: [], extra: [], evidence: phrase, warnings };
    if (read === 'none') {
      // 上城风景小区 alone, or a phrase that is no place (市外参考 sources): units go under the context's locality.
      const context = readContext(input, ctx, gazetteer, warnings);
      found = context ? { ...context, residue: gazetteer.names.stripOrgPrefix(phrase).text } : null;
    } else found = read;
  } else found = readContext(input, ctx, gazetteer, warnings);

  if (!found) return { locality: null, chain: [], extra: [], evidence: '', warnings };
  const attached = found.residue
    ? attachLocalityUnits({ residue: found.residue, parent: found.entry, gazetteer })
    : { units: [], warnings: [] };
  warnings.push(...attached.warnings);
  const units: AttachedUnit[] = attached.units;
  const chain = [...units.map((u) => u.entry).reverse(), ...gazetteer.chain(found.entry.code)];
  return {
    locality: chain[0] ?? null,
    chain,
    extra: units.filter((u) => u.synthetic).map((u) => u.entry),
    evidence: found.evidence,
    warnings,
  };
}
