/**
 * The term cache of the analyses (cli/analysis-term-cache.ts): a recompute that reuses it gives exactly the analyses
 * of a recompute from scratch, and a practice is segmented again when a mechanism name its text holds was learnt or
 * forgotten since, or when the knowledge changed.
 */
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';
import { openTermCache } from '../../cli/analysis-term-cache';
import { computeAnalyses } from '../../graph/analytics/compute-analyses';
import type { AnalysisPractice } from '../../graph/store/graph-store';
import { sampleContext, samplePractices } from './sample-practices';

let practices: AnalysisPractice[];
const { cacheTerms: _ignored, ...context } = sampleContext();
const wordsOf = (list: readonly AnalysisPractice[]) => new Set(list.flatMap((p) => p.mechanisms));
const cacheFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'kg-terms-')), 'analysis-terms.cache');

beforeAll(async () => {
  practices = await samplePractices();
});

test('a recompute from the cache equals one from scratch, and reuses every practice', async () => {
  const file = cacheFile();
  const first = await openTermCache(file, 'v1', wordsOf(practices));
  const scratch = computeAnalyses(practices, { ...context, termCache: first });
  expect(first.reused).toBe(0);
  await first.save(practices);
  const second = await openTermCache(file, 'v1', wordsOf(practices));
  const cached = computeAnalyses(practices, { ...context, termCache: second });
  expect(second.reused).toBe(practices.length);
  expect(cached.analyses).toEqual(scratch.analyses);
});

test('a new bulletin: only its practices and the texts holding a newly learnt mechanism name are segmented', async () => {
  const file = cacheFile();
  const older = practices.slice(1);
  const first = await openTermCache(file, 'v1', wordsOf(older));
  computeAnalyses(older, { ...context, termCache: first });
  await first.save(older);

  // The new practice teaches jieba a name that some older texts hold (any four-character run of one of them that is
  // no mechanism yet): those texts must be segmented again.
  const known = wordsOf(older);
  const runs = (older[3] as AnalysisPractice).text.match(/[\u4e00-\u9fff]{4}/g) ?? [];
  const learnt = runs.find((run) => ![...known].some((w) => w.includes(run) || run.includes(w))) as string;
  const newcomer = { ...(practices[0] as AnalysisPractice), mechanisms: [...(practices[0] as AnalysisPractice).mechanisms, learnt] };
  const now = [newcomer, ...older];
  expect(wordsOf(older).has(learnt)).toBe(false);
  const holding = older.filter((p) => p.text.includes(learnt) || p.title.includes(learnt));
  expect(holding.length).toBeGreaterThan(0);
  const second = await openTermCache(file, 'v1', wordsOf(now));
  const cached = computeAnalyses(now, { ...context, termCache: second });
  expect(second.reused).toBe(older.length - holding.length);
  expect(cached.analyses).toEqual(computeAnalyses(now, context).analyses);
});

test('other knowledge (another fingerprint) or an unreadable file: nothing is reused', async () => {
  const file = cacheFile();
  const first = await openTermCache(file, 'v1', wordsOf(practices));
  computeAnalyses(practices, { ...context, termCache: first });
  await first.save(practices);
  const changed = await openTermCache(file, 'v2', wordsOf(practices));
  computeAnalyses(practices, { ...context, termCache: changed });
  expect(changed.reused).toBe(0);
  const missing = await openTermCache(path.join(path.dirname(file), 'none', 'x.cache'), 'v1', wordsOf(practices));
  computeAnalyses(practices, { ...context, termCache: missing });
  expect(missing.reused).toBe(0);
});
