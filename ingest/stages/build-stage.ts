/** build: the structured and linked bulletin → its GraphDocument, under the id of its cleaned text. */
import { buildDocument } from '../build/build-document';
import { nodeIds } from '../build/node-ids';
import { need } from './bulletin-carrier';
import type { Stage } from './stage';

export const buildStage: Stage = {
  name: 'build',
  needs: ['source', 'clean', 'structure', 'linked'],
  gives: ['document'],
  run(carrier, knowledge) {
    const clean = need(carrier, 'clean', 'build');
    const linked = need(carrier, 'linked', 'build');
    const document = buildDocument({
      source: need(carrier, 'source', 'build'),
      bulletinId: nodeIds.bulletin(clean.text),
      pages: clean.pages,
      structure: need(carrier, 'structure', 'build'),
      regionChain: linked.region ? knowledge.gazetteer.chain(linked.region.code) : [],
      practices: linked.practices,
      lexicon: knowledge.mechanisms,
    });
    return { document };
  },
};
