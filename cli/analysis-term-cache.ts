/**
 * The practices' analysis terms, kept between runs in the data directory, so a recompute after adding a bulletin
 * segments only what it must. Correct by construction: a practice id derives from its bulletin's content, so its text
 * never changes; its terms change only when the segmentation knowledge does — the knowledge files and library
 * versions (the fingerprint: any change drops the whole cache) or the mechanism names taught to jieba, which change
 * the cut only of texts that contain them (those are segmented again).
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import type { TermCache } from '../graph/analytics/compute-analyses';
import type { AnalysisPractice } from '../graph/store/graph-store';

const FORMAT = 1;
const FIELD = '\u0001';
const PAIR = '\u0002';

export interface StoredTermCache extends TermCache {
  /** Practices whose cached terms were used. */
  readonly reused: number;
  /** Writes the terms of these practices (the others are dropped), atomically. */
  save(practices: readonly AnalysisPractice[]): Promise<void>;
}

interface Header {
  format: number;
  fingerprint: string;
  words: string[];
}

export async function openTermCache(file: string, fingerprint: string, words: ReadonlySet<string>): Promise<StoredTermCache> {
  const stored = new Map<string, string>();
  let changed: string[] = [];
  const text = await fs.readFile(file, 'utf8').catch(() => null);
  const newline = text?.indexOf('\n') ?? -1;
  const header = text && newline > 0 ? parseHeader(text.slice(0, newline)) : null;
  if (text && header && header.format === FORMAT && header.fingerprint === fingerprint) {
    const before = new Set(header.words);
    changed = [...words].filter((w) => !before.has(w)).concat(header.words.filter((w) => !words.has(w)));
    for (const line of text.slice(newline + 1).split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) stored.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  // Kept encoded: a Map per practice would cost far more memory than its line of text at 100k practices.
  const fresh = new Map<string, string | null>();
  let reused = 0;
  return {
    get(practice) {
      const line = stored.get(practice.id);
      if (line === undefined || changed.some((w) => practice.text.includes(w) || practice.title.includes(w))) return undefined;
      reused++;
      fresh.set(practice.id, line);
      return decode(line);
    },
    set(practice, terms) {
      fresh.set(practice.id, encode(terms));
    },
    get reused() {
      return reused;
    },
    async save(practices) {
      const lines = [JSON.stringify({ format: FORMAT, fingerprint, words: [...words].sort() } satisfies Header)];
      for (const p of practices) {
        const encoded = fresh.get(p.id);
        if (encoded !== undefined && encoded !== null) lines.push(`${p.id}\t${encoded}`);
      }
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, `${lines.join('\n')}\n`, 'utf8');
      await fs.rename(temp, file);
    },
  };
}

/** What the cached terms depend on besides the mechanism names: these files and library versions. */
export async function termFingerprint(files: readonly string[], versions: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await fs.readFile(file));
  for (const version of versions) hash.update(version);
  return hash.digest('hex');
}

function parseHeader(line: string): Header | null {
  try {
    const value = JSON.parse(line) as Partial<Header>;
    return typeof value.format === 'number' && typeof value.fingerprint === 'string' && Array.isArray(value.words) ? (value as Header) : null;
  } catch {
    return null;
  }
}

/** One line of terms; null when a term holds a separator (that practice is then segmented again next time). */
function encode(terms: Map<string, number>): string | null {
  const fields: string[] = [];
  for (const [term, tf] of terms) {
    if (/[\t\n\u0001\u0002]/.test(term)) return null;
    fields.push(`${term}${PAIR}${tf}`);
  }
  return fields.join(FIELD);
}

function decode(line: string): Map<string, number> {
  const terms = new Map<string, number>();
  if (line === '') return terms;
  for (const field of line.split(FIELD)) {
    const at = field.lastIndexOf(PAIR);
    terms.set(field.slice(0, at), Number(field.slice(at + 1)));
  }
  return terms;
}
