/**
 * Linking scored against hand-annotated unseen texts (tests/fixtures/unseen: made-up bulletins and articles from
 * other provinces and outlets, annotated before the linker was run on them). Thresholds are the targets for
 * unseen text: locality ≥ 0.95, mechanism recall ≥ 0.85 with precision ≥ 0.8, figures F1 ≥ 0.9.
 */
import { sharedKnowledge } from '../helpers/sample-bulletins';
import {
  annotationOf,
  f1,
  fixtureNames,
  fold,
  linkFixture,
  precision,
  recall,
  scoreFixture,
  type Annotation,
  type LinkedFixture,
  type Score,
} from './unseen/link-unseen';

const total: Score = {
  mechanisms: { tp: 0, fp: 0, fn: 0 },
  figures: { tp: 0, fp: 0, fn: 0 },
  localities: { right: 0, total: 0 },
  misses: [],
};
const regions: { file: string; want: string | null; got: string | null }[] = [];
const shapes: { file: string; annotation: Annotation; linked: LinkedFixture }[] = [];

beforeAll(async () => {
  for (const file of fixtureNames()) {
    const annotation = annotationOf(file);
    const linked = await linkFixture(file, sharedKnowledge());
    const score = scoreFixture(annotation, linked);
    for (const key of ['mechanisms', 'figures'] as const)
      for (const t of ['tp', 'fp', 'fn'] as const) total[key][t] += score[key][t];
    total.localities.right += score.localities.right;
    total.localities.total += score.localities.total;
    total.misses.push(...score.misses.map((m) => `${file}: ${m}`));
    regions.push({ file, want: annotation.region, got: linked.region });
    shapes.push({ file, annotation, linked });
  }
});

test('there are at least eight annotated texts', () => {
  expect(fixtureNames().length).toBeGreaterThanOrEqual(8);
});

test("every text comes out of `kg ingest`'s pipeline with its annotated practices: one per article, its headline the title", () => {
  for (const { file, annotation, linked } of shapes) {
    const got = { file, kind: linked.kind === 'article', titles: linked.practices.map((p) => fold(p.item.title)) };
    expect(got).toEqual({
      file,
      kind: annotation.shape === 'article',
      titles: annotation.practices.map((p) => fold(p.title)),
    });
  }
});

test('localities: ≥ 0.95 of practices get exactly their annotated places', () => {
  expect(total.localities.right / total.localities.total).toBeGreaterThanOrEqual(0.95);
});

test('bulletin regions come from the masthead, in every form', () => {
  for (const r of regions.filter((x) => x.want !== null)) expect(r).toEqual({ ...r, got: r.want });
});

test('mechanisms: recall ≥ 0.85, precision ≥ 0.8', () => {
  expect(recall(total.mechanisms)).toBeGreaterThanOrEqual(0.85);
  expect(precision(total.mechanisms)).toBeGreaterThanOrEqual(0.8);
});

test('figures: F1 ≥ 0.9', () => {
  expect(f1(total.figures)).toBeGreaterThanOrEqual(0.9);
});
