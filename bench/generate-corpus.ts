/**
 * Generates a synthetic bulletin corpus for benchmarks: the real sample bulletins recombined with other
 * localities from the gazetteer, other mechanisms from the lexicon and other figures, so that text size,
 * layout and density stay realistic while every bulletin differs. Written under data/bench (not committed).
 */
import { promises as fs } from 'fs';
import path from 'path';
import { createGazetteer } from '../ingest/link/localities/gazetteer';
import { loadLocalityKnowledge } from '../ingest/link/localities/locality-knowledge';
import { loadMechanismLexicon } from '../ingest/link/mechanisms/mechanism-lexicon';

export interface GeneratedCorpus {
  dir: string;
  files: number;
  bytes: number;
}

/** A small deterministic generator, so that two runs of the bench ingest the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes bulletins until both `minBytes` and `minFiles` (default 0) are reached. */
export async function generateCorpus(input: {
  samplesDir: string;
  outDir: string;
  minBytes: number;
  minFiles?: number;
}): Promise<GeneratedCorpus> {
  const samples = await Promise.all(
    (await fs.readdir(input.samplesDir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => fs.readFile(path.join(input.samplesDir, f), 'utf8')),
  );
  const gazetteer = createGazetteer({ localities: loadLocalityKnowledge() });
  const counties = gazetteer.surfaces(['county']).filter((name) => /[县区市旗]$/.test(name) && name.length >= 3);
  const mechanisms = loadMechanismLexicon().entries.map((e) => e.name);
  const mechanismPattern = new RegExp(
    [...mechanisms]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|'),
    'g',
  );
  const next = random(20261123);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  await fs.rm(input.outDir, { recursive: true, force: true });
  await fs.mkdir(input.outDir, { recursive: true });
  let bytes = 0;
  let files = 0;
  while (bytes < input.minBytes || files < (input.minFiles ?? 0)) {
    const sample = samples[files % samples.length] as string;
    const text = sample
      .replace(/([△□■◆●])([\u4e00-\u9fff]{2,12}?[县区市镇])/g, (_m, marker: string) => `${marker}${pick(counties)}`)
      .replace(mechanismPattern, () => pick(mechanisms))
      .replace(/\d+/g, (digits) => String(Math.floor(next() * 10 ** digits.length)).padStart(1, '1'));
    const file = path.join(input.outDir, `bulletin-${String(files).padStart(6, '0')}.txt`);
    await fs.writeFile(file, text, 'utf8');
    bytes += Buffer.byteLength(text, 'utf8');
    files++;
  }
  return { dir: input.outDir, files, bytes };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
