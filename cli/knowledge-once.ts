/** Builds the ingest knowledge (dictionary, gazetteer, lexicons) at most once per command, and only when needed. */
import { createKnowledge, type IngestKnowledge } from '../ingest/pipeline';

let knowledge: IngestKnowledge | undefined;

export function knowledgeOnce(): IngestKnowledge {
  knowledge ??= createKnowledge();
  return knowledge;
}
