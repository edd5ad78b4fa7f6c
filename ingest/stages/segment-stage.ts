/**
 * segment: each practice of the document → its analysis terms, cut with the shared dictionary and the mechanism
 * names this document links kept whole (ingest/segment/document-terms.ts). It learns nothing: the names a document
 * discovered are part of its own output, so its terms do not depend on what was ingested before or in which thread.
 */
import { documentTerms } from '../segment/document-terms';
import { needing } from './bulletin-carrier';
import type { Stage } from './stage';

export const segmentStage: Stage = {
  name: 'segment',
  needs: ['document'],
  gives: ['terms'],
  run: (carrier, knowledge) => ({ terms: documentTerms(needing(carrier, 'segment')('document'), knowledge.terms) }),
};
