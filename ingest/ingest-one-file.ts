/** Reads and ingests one file: the unit of work of both the sequential and the parallel ingest. */
import type { GraphDocument } from '../graph/graph-document';
import type { SourceFormat } from '../graph/schema';
import type { IngestKnowledge } from './knowledge/create-knowledge';
import { ingestSource } from './pipeline';
import type { ReadErrorCode } from './read/read-failure';
import { readSource } from './read/read-source';
import type { IngestMessage } from './types';

/** A document's practice terms as plain arrays (practice id, [term, count][]): they cross thread boundaries as JSON. */
export type TermEntries = [string, [string, number][]][];

export type FileOutcome =
  | { ok: true; file: string; format: SourceFormat; bulletinId: string; document: GraphDocument; terms: TermEntries; messages: IngestMessage[]; practices: number }
  | { ok: false; file: string; code: ReadErrorCode; reason: string };

export async function ingestOneFile(file: string, knowledge: IngestKnowledge, read = readSource(file)): Promise<FileOutcome> {
  const source = await read;
  if (!source.ok) return { ok: false, file: source.file, code: source.code, reason: source.reason };
  const result = ingestSource(source.source, knowledge);
  return {
    ok: true,
    file: source.source.file,
    format: source.source.format,
    bulletinId: result.document.nodes[0]?.id ?? '',
    document: result.document,
    terms: [...result.terms].map(([id, terms]) => [id, [...terms]]),
    messages: result.messages,
    practices: result.structure.items.length,
  };
}

/**
 * Ingests, in this thread, the files `take` hands out (their indexes, until null), calling `done` with each outcome.
 * The next file is read while the current one is processed: reading is I/O, processing is CPU. `between` runs after
 * each file (the parallel ingest yields there so worker messages get through).
 */
export async function ingestTakenFiles(
  files: readonly string[],
  take: () => number | null,
  knowledge: IngestKnowledge,
  done: (index: number, outcome: FileOutcome) => void,
  between?: () => Promise<unknown>,
): Promise<void> {
  let index = take();
  let read = index === null ? null : readSource(files[index] as string);
  while (index !== null && read !== null) {
    const next = take();
    const nextRead = next === null ? null : readSource(files[next] as string);
    done(index, await ingestOneFile(files[index] as string, knowledge, read));
    await between?.();
    index = next;
    read = nextRead;
  }
}
