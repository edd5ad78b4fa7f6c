/**
 * Traditional → simplified conversion (opencc-js) so that one lexicon and one gazetteer serve both scripts.
 * Detection counts characters that conversion would change, using the set of such characters computed once
 * from opencc's own tables — no hand-kept list, and no conversion of text that is already simplified.
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
/** One byte per ideograph U+4E00–U+9FFF: 1 where opencc converts the character (a traditional-only form). */
let traditionalTable: Uint8Array | undefined;

function toSimplifiedConverter(): Convert {
  converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  return converter;
}

/** Ideographs that opencc turns into another character: the traditional-only forms. */
function traditionalOnly(): Uint8Array {
  if (!traditionalTable) {
    const chars: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
    // One character per line: conversion may change lengths, and lines keep each result next to its source.
    const converted = toSimplifiedConverter()(chars.join('\n')).split('\n');
    if (converted.length !== chars.length) throw new Error('toSimplified: opencc changed the line count of the probe');
    traditionalTable = new Uint8Array(chars.length);
    chars.forEach((ch, i) => {
      if (converted[i] !== ch) (traditionalTable as Uint8Array)[i] = 1;
    });
  }
  return traditionalTable;
}

export function toSimplified(text: string): ScriptResult {
  const traditional = traditionalOnly();
  let ideographs = 0;
  let changed = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      ideographs++;
      changed += traditional[code - 0x4e00] ?? 0;
    }
  }
  if (ideographs === 0 || changed / ideographs < TRADITIONAL_SHARE) return { text, traditional: false };
  return { text: toSimplifiedConverter()(text), traditional: true };
}

/** Converts without detecting: for short strings (titles, names) of a source already found to be traditional. */
export function convertToSimplified(text: string): string {
  return toSimplifiedConverter()(text);
}
