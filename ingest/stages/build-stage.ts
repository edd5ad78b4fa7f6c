/** build: the structured and linked bulletin → its GraphDocument, under the id of its cleaned text. */
import { buildDocument } from '../build/build-document';
import { nodeIds } from '../build/node-ids';
import { needing } from './bulletin-carrier';
import type { Stage } from './stage';

export const buildStage: Stage = {
  name: 'build',
  needs: ['source', 'clean', 'structure', 'linked'],
  gives: ['document'],
  run(carrier, knowledge) {
    const need = needing(carrier, 'build');
    const clean = need('clean');
    const linked = need('linked');
    const document = buildDocument({
      source: need('source'),
      bulletinId: nodeIds.bulletin(clean.text),
      pages: clean.pages,
      structure: need('structure'),
      regionChain: linked.region ? knowledge.gazetteer.chain(linked.region.code) : [],
      practices: linked.practices,
      lexicon: knowledge.mechanisms,
    });
    return { document };
  },
};
