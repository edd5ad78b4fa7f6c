/** clean: the source text → paragraphs of clean text, with emphasis spans, page starts and metadata lines. */
import { cleanText } from '../clean/clean-text';
import { needing } from './bulletin-carrier';
import type { Stage } from './stage';

export const cleanStage: Stage = {
  name: 'clean',
  needs: ['source'],
  gives: ['clean'],
  run: (carrier, knowledge) => ({ clean: cleanText(needing(carrier, 'clean')('source').text, knowledge.layout) }),
};
