/**
 * Loads and checks `ingest/knowledge/reading.json` (format in READING.md): the font and meta-tag names the format
 * readers recognise, and the radicals they normalize. Read once by createKnowledge and handed to the readers; a bad
 * file fails naming the file and the field.
 */
import { join } from 'path';
import { jsonChecks } from '../knowledge/json-checks';

export interface ReadingKnowledge {
  pdf: { boldFontWords: string[]; notBoldFontWords: string[] };
  html: { titleMeta: string[]; dateMeta: string[]; publisherMeta: string[]; authorMeta: string[]; urlMeta: string[] };
  /** Radicals-supplement code point → the unified ideograph it stands for. */
  radicalIdeographs: Map<string, string>;
}

export const DEFAULT_READING_PATH = join(__dirname, '..', 'knowledge', 'reading.json');

const PDF_FIELDS = ['boldFontWords', 'notBoldFontWords'] as const;
const HTML_FIELDS = ['titleMeta', 'dateMeta', 'publisherMeta', 'authorMeta', 'urlMeta'] as const;
const RADICAL = /^[\u2e80-\u2eff]$/;
const IDEOGRAPH = /^[\u4e00-\u9fff]$/;

export function loadReadingKnowledge(file: string = DEFAULT_READING_PATH): ReadingKnowledge {
  const check = jsonChecks('loadReadingKnowledge');
  const root = check.read(file);
  if (root.version !== 1) check.fail(file, 'version must be 1');
  const pdf = check.record(file, root.pdf, 'pdf');
  const html = check.record(file, root.html, 'html');
  // Font and meta names are compared lower-case.
  const lowered = <F extends string>(from: Record<string, unknown>, section: string, fields: readonly F[]) =>
    Object.fromEntries(
      fields.map((field) => [
        field,
        check.strings(file, from[field], `${section}.${field}`).map((w) => w.toLowerCase()),
      ]),
    ) as Record<F, string[]>;
  const radicals = Object.entries(check.stringMap(file, root.radicalIdeographs, 'radicalIdeographs'));
  const stray = radicals.find(([from, to]) => !RADICAL.test(from) || !IDEOGRAPH.test(to));
  if (stray) {
    check.fail(
      file,
      `radicalIdeographs must map single radicals-supplement characters to single ideographs (not "${stray[0]}": "${stray[1]}")`,
    );
  }
  return {
    pdf: lowered(pdf, 'pdf', PDF_FIELDS),
    html: lowered(html, 'html', HTML_FIELDS),
    radicalIdeographs: new Map(radicals),
  };
}
