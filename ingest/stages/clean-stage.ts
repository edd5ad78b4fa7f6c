/** clean: the source text → paragraphs of clean text, with emphasis spans, page starts and metadata lines. */
import { cleanText } from '../clean/clean-text';
import { need } from './bulletin-carrier';
import type { Stage } from './stage';

export const cleanStage: Stage = {
  name: 'clean',
  needs: ['source'],
  gives: ['clean'],
  run: (carrier, knowledge) => ({ clean: cleanText(need(carrier, 'source', 'clean').text, knowledge.layout) }),
};
