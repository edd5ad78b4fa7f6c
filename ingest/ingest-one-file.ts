/** Reads and ingests one file: the unit of work of both the sequential and the parallel ingest. */
import type { GraphDocument } from '../graph/graph-document';
import type { SourceFormat } from '../graph/schema';
import type { IngestKnowledge } from './knowledge/create-knowledge';
import { bulletinResult, ingestFile, type FileIngest } from './pipeline';
import type { ReadErrorCode } from './read/read-failure';
import { readSource } from './read/read-source';
import { needing } from './stages/bulletin-carrier';
import type { StageMessage } from './types';

/** A document's practice terms as plain arrays (practice id, [term, count][]): they cross thread boundaries as JSON. */
export type TermEntries = [string, [string, number][]][];

export type FileOutcome =
  | {
      ok: true;
      file: string;
      format: SourceFormat;
      bulletinId: string;
      document: GraphDocument;
      terms: TermEntries;
      messages: StageMessage[];
      practices: number;
    }
  | { ok: false; file: string; code: ReadErrorCode; reason: string };

export async function ingestOneFile(input: FileIngest): Promise<FileOutcome> {
  const carrier = await ingestFile(input);
  if (carrier.unread)
    return { ok: false, file: carrier.file, code: carrier.unread.code, reason: carrier.unread.reason };
  const result = bulletinResult(carrier);
  return {
    ok: true,
    file: result.file,
    format: needing(carrier, 'outcome')('source').format,
    bulletinId: result.document.nodes[0]?.id ?? '',
    document: result.document,
    terms: [...result.terms].map(([id, terms]) => [id, [...terms]]),
    messages: result.messages,
    practices: result.structure.items.length,
  };
}

export interface TakenFiles {
  files: readonly string[];
  /** The index of the next file to ingest, until null. */
  take: () => number | null;
  knowledge: IngestKnowledge;
  done: (index: number, outcome: FileOutcome) => void;
  /** Runs after each file (the parallel ingest yields there so worker messages get through). */
  between?: () => Promise<unknown>;
}

/**
 * Ingests, in this thread, the files `take` hands out, calling `done` with each outcome. The next file is read while
 * the current one is processed: reading is I/O, processing is CPU.
 */
export async function ingestTakenFiles({ files, take, knowledge, done, between }: TakenFiles): Promise<void> {
  let index = take();
  let reading = index === null ? null : readSource(files[index] as string, knowledge.reading);
  while (index !== null && reading !== null) {
    const next = take();
    const nextReading = next === null ? null : readSource(files[next] as string, knowledge.reading);
    done(index, await ingestOneFile({ file: files[index] as string, knowledge, reading }));
    await between?.();
    index = next;
    reading = nextReading;
  }
}
