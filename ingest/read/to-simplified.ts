/**
 * Traditional → simplified conversion (opencc-js) so that one lexicon and one gazetteer serve both scripts.
 * Detection converts a sample first: simplified text passes through unchanged, so the share of changed
 * ideographs tells the script without a hand-kept list of traditional characters.
 */
import * as OpenCC from 'opencc-js';

export interface ScriptResult {
  text: string;
  /** True when the source was written in traditional characters. */
  traditional: boolean;
}

const SAMPLE_CHARS = 4000;
/** Simplified text sometimes carries a stray traditional form (a name, a quotation); a whole-script source changes far more. */
const TRADITIONAL_SHARE = 0.03;

type Convert = (text: string) => string;
let converter: Convert | undefined;

function toSimplifiedConverter(): Convert {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  return converter;
}

export function toSimplified(text: string): ScriptResult {
  const convert = toSimplifiedConverter();
  const sample = text.slice(0, SAMPLE_CHARS);
  const converted = convert(sample);
  let ideographs = 0;
  let changed = 0;
  const a = [...sample];
  const b = [...converted];
  for (let i = 0; i < a.length; i++) {
    if (/[\u4e00-\u9fff]/.test(a[i] ?? '')) {
      ideographs++;
      if (a[i] !== b[i]) changed++;
    }
  }
  if (ideographs === 0 || changed / ideographs < TRADITIONAL_SHARE) return { text, traditional: false };
  return { text: convert(text), traditional: true };
}
