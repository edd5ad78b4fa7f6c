/**
 * Reprints: the same practice reported again (a county item reprinted in a city bulletin, a speech repeating an
 * item). Among the near-duplicate candidates of the similarity pass, a later practice is a reprint of an earlier
 * one when most of its character shingles already occur in the earlier text (containment, estimated from bottom-k
 * sketches of hashed shingles, exact for texts shorter than the sketch). Each reprint points to its earliest original.
 */
import { compareDates } from '../store/first-reports';
import type { ReprintSettings } from './analysis-knowledge';

export interface ShingleSketch {
  /** Distinct shingles in the text. */
  size: number;
  /** The smallest shingle hashes, ascending. */
  hashes: Uint32Array;
}

export interface Reprint {
  /** Indexes into the practices: the later one reprints the earlier one. */
  later: number;
  earlier: number;
  /** Share of the later text's shingles found in the earlier text (0–1). */
  containment: number;
}

/** Letters and digits only: punctuation and spacing differ between reprints of the same text. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function shingleSketch(text: string, settings: ReprintSettings): ShingleSketch {
  const chars = text.replace(NOT_WORD, '');
  const hashes = new Set<number>();
  for (let i = 0; i + settings.shingleLength <= chars.length; i++)
    hashes.add(fnv1a(chars, i, i + settings.shingleLength));
  const sorted = Uint32Array.from(hashes).sort();
  return { size: sorted.length, hashes: sorted.slice(0, settings.sketchSize) };
}

/** Jaccard of the two shingle sets, estimated on the smallest hashes of their union. */
export function sketchJaccard({
  a,
  b,
  sketchSize,
}: {
  a: ShingleSketch;
  b: ShingleSketch;
  sketchSize: number;
}): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let common = 0;
  while (seen < sketchSize && (i < a.hashes.length || j < b.hashes.length)) {
    const x = i < a.hashes.length ? (a.hashes[i] as number) : Infinity;
    const y = j < b.hashes.length ? (b.hashes[j] as number) : Infinity;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : common / seen;
}

export interface ReprintInput {
  pairs: readonly [number, number][];
  sketchOf: (practice: number) => ShingleSketch;
  /** Report order: date (undated last), then practice id. */
  dateOf: (practice: number) => string | null;
  idOf: (practice: number) => string;
  settings: ReprintSettings;
}

export function findReprints({ pairs, sketchOf, dateOf, idOf, settings }: ReprintInput): Reprint[] {
  const before = (x: number, y: number) => {
    const byDate = compareDates(dateOf(x), dateOf(y));
    return byDate !== 0 ? byDate < 0 : idOf(x) < idOf(y);
  };
  const original = new Map<number, Reprint>();
  for (const [a, b] of pairs) {
    const [earlier, later] = before(a, b) ? [a, b] : [b, a];
    const x = sketchOf(later);
    const y = sketchOf(earlier);
    if (x.size === 0) continue;
    const jaccard = sketchJaccard({ a: x, b: y, sketchSize: settings.sketchSize });
    // |X ∩ Y| = J · (|X| + |Y|) / (1 + J), as a share of the later text X.
    const containment = Math.min(1, (jaccard * (x.size + y.size)) / ((1 + jaccard) * x.size));
    if (containment < settings.minContainment) continue;
    const current = original.get(later);
    if (!current || before(earlier, current.earlier)) original.set(later, { later, earlier, containment });
  }
  return [...original.values()].sort((p, q) => p.later - q.later);
}

function fnv1a(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
