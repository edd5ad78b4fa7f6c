/** Test access to the bundled sample bulletins and a shared ingest knowledge (built once per test file). */
import { readFileSync } from 'fs';
import path from 'path';
import { createKnowledge, type IngestKnowledge } from '../../ingest/knowledge/create-knowledge';
import { ingestSource, type BulletinResult } from '../../ingest/pipeline';

export const SAMPLES_DIR = path.join(__dirname, '..', '..', 'data', 'samples');

export const SAMPLE_FILES = {
  anqingNoHeaderA: '000_6502fa5430885207.txt',
  anqing37: '001_90fc1d284d60736e.txt',
  anqingNoHeaderB: '002_bfec5d5d4a530dcf.txt',
  tianchang116: '003_1a161fbcb5f3b019.txt',
  anqing24Speeches: '004_6c70e7647135e1f5.txt',
} as const;

export function sampleText(name: string): string {
  return readFileSync(path.join(SAMPLES_DIR, name), 'utf8');
}

let knowledge: IngestKnowledge | undefined;

export function sharedKnowledge(): IngestKnowledge {
  knowledge ??= createKnowledge();
  return knowledge;
}

export function ingestText(text: string, file = 'test.txt'): BulletinResult {
  return ingestSource(
    { file, text, format: 'txt', encoding: 'utf-8', traditional: false, bytes: text.length },
    sharedKnowledge(),
  );
}

export function ingestSample(name: string): BulletinResult {
  return ingestText(sampleText(name), `data/samples/${name}`);
}
