/** structure: the cleaned text → what the document is, its masthead and its practice items, with warnings. */
import { structureBulletin } from '../structure/structure-bulletin';
import { need } from './bulletin-carrier';
import type { Stage } from './stage';

export const structureStage: Stage = {
  name: 'structure',
  needs: ['source', 'clean'],
  gives: ['structure'],
  run(carrier, knowledge) {
    const source = need(carrier, 'source', 'structure');
    const clean = need(carrier, 'clean', 'structure');
    const structure = structureBulletin({ clean, file: source.file, vocab: knowledge.layout, metadata: source.metadata });
    return { structure, messages: structure.messages };
  },
};
