/**
 * The title of an article printed without a headline, when its file has no title of its own either: the first clause
 * of its lead that is not a preface — time phrases (近年来，今年以来，) and purpose clauses (为深入推进…，) come before
 * the subject. "今年以来，某县坚持党建引领，探索…" → 某县坚持党建引领.
 */
import type { LayoutVocabulary } from '../knowledge/layout-vocabulary';
import type { Span } from '../types';

const SENTENCE = /[^。！？!?\n]*/y;
const CLAUSE = /[^，,；;：:]+/g;
const PREFACE_MAX = 12;

export function leadTitle(text: string, vocab: LayoutVocabulary): { title: string; span: Span } {
  const { leadPrefaceClauses, leadPrefaceEndings, leadPrefaceOpeners, headlineMaxLength } = vocab.article;
  SENTENCE.lastIndex = 0;
  const sentence = SENTENCE.exec(text)?.[0] ?? '';
  const clauses = [...sentence.matchAll(CLAUSE)]
    .map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: (m.index ?? 0) + lead, text: m[0].trim() };
    })
    .filter((c) => c.text !== '');
  const preface = (clause: string) =>
    leadPrefaceClauses.includes(clause) ||
    leadPrefaceOpeners.some((o) => clause.startsWith(o)) ||
    (clause.length <= PREFACE_MAX && leadPrefaceEndings.some((e) => clause.endsWith(e)));
  const chosen = clauses.find((c) => !preface(c.text)) ?? clauses[0] ?? { start: 0, text: '' };
  const title = chosen.text.slice(0, headlineMaxLength);
  return { title, span: { start: chosen.start, end: chosen.start + title.length } };
}
