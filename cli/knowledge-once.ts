/**
 * Builds the ingest knowledge (dictionary, gazetteer, lexicons) at most once per command, and only when needed, with
 * the researchers' lexicon overlay of the data directory when it has one: the overlay changes what is linked and the
 * segmenter's dictionary (its mechanism names), so every command of one data directory must read the same knowledge.
 */
import { createKnowledge, type IngestKnowledge } from '../ingest/knowledge/create-knowledge';
import { mechanismOverlayPath } from './mechanism-overlay-path';

const built = new Map<string, IngestKnowledge>();

/** `dataDir`: the data directory whose `mechanism-overlay.json` applies (none without it). */
export function knowledgeOnce(dataDir?: string): IngestKnowledge {
  const overlay = dataDir === undefined ? undefined : mechanismOverlayPath(dataDir);
  const key = overlay ?? '';
  let knowledge = built.get(key);
  if (knowledge === undefined) {
    knowledge = createKnowledge(overlay === undefined ? {} : { mechanismOverlay: overlay });
    built.set(key, knowledge);
  }
  return knowledge;
}
