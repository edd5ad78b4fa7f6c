/** Loads and checks `ingest/knowledge/reading.json`: the font and meta-tag names the format readers recognise. */
import knowledge from '../knowledge/reading.json';

export interface ReadingKnowledge {
  pdf: { boldFontWords: string[]; notBoldFontWords: string[] };
  html: { titleMeta: string[]; dateMeta: string[]; publisherMeta: string[]; authorMeta: string[]; urlMeta: string[] };
  /** Radicals-supplement code point → the unified ideograph it stands for. */
  radicalIdeographs: Map<string, string>;
}

let checked: ReadingKnowledge | undefined;

export function readingKnowledge(): ReadingKnowledge {
  if (!checked) {
    const lists = [...Object.values(knowledge.pdf), ...Object.values(knowledge.html)];
    const radicals = Object.entries(knowledge.radicalIdeographs);
    if (
      knowledge.version !== 1 ||
      !lists.every((l) => Array.isArray(l) && l.every((w) => typeof w === 'string' && w !== ''))
    ) {
      throw new Error('readingKnowledge: reading.json must be version 1 with lists of non-empty strings');
    }
    if (!radicals.every(([from, to]) => /^[\u2e80-\u2eff]$/.test(from) && /^[\u4e00-\u9fff]$/.test(to))) {
      throw new Error(
        'readingKnowledge: radicalIdeographs must map single radicals-supplement characters to single ideographs',
      );
    }
    checked = {
      pdf: {
        boldFontWords: lower(knowledge.pdf.boldFontWords),
        notBoldFontWords: lower(knowledge.pdf.notBoldFontWords),
      },
      html: {
        titleMeta: lower(knowledge.html.titleMeta),
        dateMeta: lower(knowledge.html.dateMeta),
        publisherMeta: lower(knowledge.html.publisherMeta),
        authorMeta: lower(knowledge.html.authorMeta),
        urlMeta: lower(knowledge.html.urlMeta),
      },
      radicalIdeographs: new Map(radicals),
    };
  }
  return checked;
}

function lower(words: string[]): string[] {
  return words.map((w) => w.toLowerCase());
}
