/** structure: the cleaned text → what the document is, its masthead and its practice items, with warnings. */
import { structureBulletin } from '../structure/structure-bulletin';
import { needing } from './bulletin-carrier';
import type { Stage } from './stage';

export const structureStage: Stage = {
  name: 'structure',
  needs: ['source', 'clean'],
  gives: ['structure'],
  run(carrier, knowledge) {
    const need = needing(carrier, 'structure');
    const source = need('source');
    const clean = need('clean');
    const structure = structureBulletin({
      clean,
      file: source.file,
      vocab: knowledge.layout,
      metadata: source.metadata,
    });
    return { structure, messages: structure.messages };
  },
};
