/**
 * Ingests many files: collects them, reads and runs the pipeline on each (in worker threads for large batches),
 * and reports progress and a summary. A file that cannot be read is reported with its reason and the batch goes on.
 */
import os from 'os';
import path from 'path';
import { mergeDocuments, type GraphDocument } from '../graph/graph-document';
import type { SourceFormat } from '../graph/schema';
import { ingestInWorkers, workersAvailable } from './ingest-in-workers';
import { ingestTakenFiles, type FileOutcome } from './ingest-one-file';
import { createKnowledge, type IngestKnowledge } from './knowledge/create-knowledge';
import { collectFiles } from './read/collect-files';
import type { FileMessage, RunMessage } from './types';
import type { DocumentTerms } from './segment/document-terms';

export interface IngestSummary {
  filesRead: number;
  bulletins: number;
  practices: number;
  warnings: number;
  errors: number;
  /** Files read, by the format they turned out to be (a `.doc` holding DOCX counts as docx). */
  formats: Partial<Record<SourceFormat, number>>;
}

export interface IngestedBulletin {
  file: string;
  bulletinId: string;
  document: GraphDocument;
  /** Each practice's analysis terms, cut by the segment stage (ingest/segment/document-terms.ts). */
  terms: DocumentTerms;
  practices: number;
}

export interface IngestRun {
  bulletins: IngestedBulletin[];
  /** All bulletins merged into one document (for exports); built on first access, since stores take them one by one. */
  readonly document: GraphDocument;
  messages: RunMessage[];
  summary: IngestSummary;
}

export interface IngestProgress {
  start(total: number): void;
  tick(file: string): void;
  stop(): void;
}

export interface IngestFilesOptions {
  knowledge?: IngestKnowledge;
  progress?: IngestProgress;
  /** Threads for large batches, this one included (default: the machine's cores); 1 ingests in this thread only. */
  workers?: number;
  /**
   * The researchers' lexicon overlay file (mechanism-overlay.json): every thread builds its knowledge with it. When
   * `knowledge` is given too, it must have been created with the same overlay.
   */
  mechanismOverlay?: string;
  /** Stops the run between files (no file is handed out once it fired); the run then rejects with its reason. */
  signal?: AbortSignal;
}

/** Below this many files, starting workers (each loads its own dictionary) costs more than it saves. */
const PARALLEL_MIN_FILES = 64;

export async function ingestFiles(inputs: string[], options: IngestFilesOptions = {}): Promise<IngestRun> {
  const { files, missing } = await collectFiles(inputs);
  const paths = files.map(displayPath);
  const workers = options.workers ?? os.availableParallelism();
  options.progress?.start(paths.length);
  const tick = (file: string) => options.progress?.tick(file);
  const { signal } = options;
  const outcomes =
    workers > 1 && paths.length >= PARALLEL_MIN_FILES && workersAvailable()
      ? await ingestInWorkers({
          files: paths,
          helpers: workers - 1,
          mechanismOverlay: options.mechanismOverlay,
          knowledge: () => options.knowledge ?? createKnowledge({ mechanismOverlay: options.mechanismOverlay }),
          onOutcome: tick,
          ...(signal ? { signal } : {}),
        })
      : await ingestSequentially(
          paths,
          () => options.knowledge ?? createKnowledge({ mechanismOverlay: options.mechanismOverlay }),
          tick,
          signal,
        );
  options.progress?.stop();
  signal?.throwIfAborted();

  const gathered = gatherBulletins(outcomes);
  const { bulletins } = gathered;
  const messages: RunMessage[] = [
    ...missing.map((m): FileMessage => ({ level: 'error', stage: 'read', file: m.file, message: m.reason })),
    ...gathered.messages,
  ];
  let merged: GraphDocument | undefined;
  return {
    bulletins,
    get document() {
      merged ??= mergeDocuments(bulletins.map((b) => b.document));
      return merged;
    },
    messages,
    summary: {
      filesRead: gathered.filesRead,
      bulletins: bulletins.length,
      practices: bulletins.reduce((n, b) => n + b.practices, 0),
      warnings: messages.filter((m) => m.level === 'warning').length,
      errors: messages.filter((m) => m.level === 'error').length,
      formats: gathered.formats,
    },
  };
}

/**
 * The bulletins of the files read, in the files' order, each text once: a file repeating an earlier one's text is a
 * warning. With the messages of every file (a file that could not be read is an error) and the formats read.
 */
function gatherBulletins(outcomes: readonly FileOutcome[]): {
  bulletins: IngestedBulletin[];
  messages: RunMessage[];
  filesRead: number;
  formats: IngestSummary['formats'];
} {
  const messages: RunMessage[] = [];
  const bulletins: IngestedBulletin[] = [];
  const seen = new Map<string, string>();
  let filesRead = 0;
  const formats: IngestSummary['formats'] = {};
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      messages.push({ level: 'error', stage: 'read', file: outcome.file, message: outcome.reason });
      continue;
    }
    filesRead++;
    formats[outcome.format] = (formats[outcome.format] ?? 0) + 1;
    messages.push(...outcome.messages);
    const earlier = seen.get(outcome.bulletinId);
    if (earlier) {
      messages.push({
        level: 'warning',
        stage: 'read',
        file: outcome.file,
        message: `same bulletin text as ${earlier}; ingested once`,
      });
      continue;
    }
    seen.set(outcome.bulletinId, outcome.file);
    const terms: DocumentTerms = new Map(outcome.terms.map(([id, entries]) => [id, new Map(entries)]));
    bulletins.push({
      file: outcome.file,
      bulletinId: outcome.bulletinId,
      document: outcome.document,
      terms,
      practices: outcome.practices,
    });
  }
  return { bulletins, messages, filesRead, formats };
}

async function ingestSequentially(
  files: string[],
  knowledge: () => IngestKnowledge,
  tick: (file: string) => void,
  signal?: AbortSignal,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  let next = 0;
  // Loading the knowledge holds the thread for a while: a signal that came meanwhile is seen before the first file.
  const loaded = knowledge();
  await new Promise<void>((resolve) => setImmediate(resolve));
  await ingestTakenFiles({
    files,
    take: () => (next < files.length && !signal?.aborted ? next++ : null),
    knowledge: loaded,
    done: (index, outcome) => {
      outcomes[index] = outcome;
      tick(files[index] as string);
    },
  });
  return outcomes;
}

/** Paths are recorded relative to the working directory, with forward slashes, so exports do not depend on the machine. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') ? path.resolve(file) : relative).split(path.sep).join('/');
}
