/** Reads and ingests one file: the unit of work of both the sequential and the parallel ingest. */
import type { GraphDocument } from '../graph/graph-document';
import { ingestSource, type IngestKnowledge } from './pipeline';
import { readSource } from './read/read-source';
import type { IngestMessage } from './types';

export type FileOutcome =
  | { ok: true; file: string; bulletinId: string; document: GraphDocument; messages: IngestMessage[]; practices: number }
  | { ok: false; file: string; reason: string };

export async function ingestOneFile(file: string, knowledge: IngestKnowledge, read = readSource(file)): Promise<FileOutcome> {
  const source = await read;
  if (!source.ok) return { ok: false, file: source.file, reason: source.reason };
  const result = ingestSource(source.source, knowledge);
  return {
    ok: true,
    file: source.source.file,
    bulletinId: result.document.nodes[0]?.id ?? '',
    document: result.document,
    messages: result.messages,
    practices: result.structure.items.length,
  };
}
