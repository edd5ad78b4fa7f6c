/**
 * Links the hand-annotated unseen texts of tests/fixtures/unseen and scores them against their annotations:
 * mechanisms (name or a surface form, punctuation-insensitive), localities (the set of LOCATED_IN codes per practice),
 * figures (value + unit). Every text goes through the whole pipeline, as `kg ingest` reads it: its structure (one
 * practice per article, several per bulletin) is part of what is scored.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { DocumentKind } from '../../../graph/schema';
import type { LinkedPractice } from '../../../ingest/link/linked-practice';
import type { IngestKnowledge } from '../../../ingest/knowledge/create-knowledge';
import { ingestSource } from '../../../ingest/pipeline';
import { readSource } from '../../../ingest/read/read-source';

export const UNSEEN_DIR = join(__dirname, '..', '..', 'fixtures', 'unseen');

export interface AnnotatedPractice {
  title: string;
  localities: string[];
  /** Each entry: one mechanism, its acceptable names separated by `|`. */
  mechanisms: string[];
  /** value + unit, e.g. 860户, 1.8万件, 94.5%. */
  figures: string[];
}

export interface Annotation {
  shape: 'bulletin' | 'article';
  region: string | null;
  practices: AnnotatedPractice[];
}

export interface LinkedFixture {
  /** What the structure stage took the document for. */
  kind: DocumentKind;
  region: string | null;
  practices: LinkedPractice[];
}

export const fixtureNames = (): string[] =>
  readdirSync(UNSEEN_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();

export function annotationOf(file: string): Annotation {
  return JSON.parse(readFileSync(join(UNSEEN_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Annotation;
}

/** The fixture through the whole pipeline (read → clean → structure → link), whatever its shape. */
export async function linkFixture(file: string, knowledge: IngestKnowledge): Promise<LinkedFixture> {
  const read = await readSource(join(UNSEEN_DIR, file));
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  const result = ingestSource(read.source, knowledge);
  const bulletin = result.document.nodes.find((n) => n.labels.includes('Bulletin'));
  return {
    kind: result.structure.kind,
    region: (bulletin?.properties.region as string | null) ?? null,
    practices: result.practices,
  };
}

/** Counts for one measure: true positives, false positives, false negatives. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  mechanisms: Tally;
  figures: Tally;
  /** Practices whose set of localities is exactly the annotated one. */
  localities: { right: number; total: number };
  misses: string[];
}

export const fold = (s: string): string =>
  s
    .replace(/[\s“”"「」『』‘’'·、，,：:]/g, '')
    .replace(/[—－\-–→➝>]+/g, '—')
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function scoreFixture(annotation: Annotation, linked: LinkedFixture): Score {
  const score: Score = {
    mechanisms: { tp: 0, fp: 0, fn: 0 },
    figures: { tp: 0, fp: 0, fn: 0 },
    localities: { right: 0, total: 0 },
    misses: [],
  };
  annotation.practices.forEach((want, index) => {
    const got =
      linked.practices.find(
        (p) => fold(p.item.title).includes(fold(want.title)) || fold(want.title).includes(fold(p.item.title)),
      ) ?? linked.practices[index];
    score.localities.total++;
    const codes =
      got === undefined
        ? []
        : [got.locality, ...got.otherLocalities].flatMap((l) => (l.locality ? [l.locality.code] : []));
    if (codes.length === want.localities.length && want.localities.every((c) => codes.includes(c)))
      score.localities.right++;
    else score.misses.push(`${want.title}: localities ${codes.join(',')} ≠ ${want.localities.join(',')}`);

    const forms = (got?.mechanisms.mentions ?? []).map(
      (m) => new Set([m.name, ...(got?.mechanisms.surfaces.get(m.name) ?? [])].map(fold)),
    );
    const matched = new Set<number>();
    for (const entry of want.mechanisms) {
      const names = entry.split('|').map(fold);
      const k = forms.findIndex((f, i) => !matched.has(i) && names.some((n) => f.has(n)));
      if (k >= 0) {
        matched.add(k);
        score.mechanisms.tp++;
      } else {
        score.mechanisms.fn++;
        score.misses.push(`${want.title}: missed mechanism ${entry}`);
      }
    }
    (got?.mechanisms.mentions ?? []).forEach((m, i) => {
      if (!matched.has(i)) {
        score.mechanisms.fp++;
        score.misses.push(`${want.title}: extra mechanism ${m.name}`);
      }
    });

    const figures = (got?.figures ?? []).map((f) => `${f.value}${f.unit}`);
    const left = [...want.figures];
    for (const f of figures) {
      const k = left.indexOf(f);
      if (k >= 0) {
        left.splice(k, 1);
        score.figures.tp++;
      } else {
        score.figures.fp++;
        score.misses.push(`${want.title}: extra figure ${f}`);
      }
    }
    score.figures.fn += left.length;
    for (const f of left) score.misses.push(`${want.title}: missed figure ${f}`);
  });
  return score;
}

export const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
export const f1 = (t: Tally): number => (2 * precision(t) * recall(t)) / (precision(t) + recall(t) || 1);
