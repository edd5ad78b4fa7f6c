/**
 * Ingests many files: collects them, reads and runs the pipeline on each, and reports progress and a summary.
 * A file that cannot be read is reported with its reason and the batch goes on.
 */
import path from 'path';
import { mergeDocuments, type GraphDocument } from '../graph/graph-document';
import { createKnowledge, ingestSource, type BulletinResult, type IngestKnowledge } from './pipeline';
import { collectFiles } from './read/collect-files';
import { readSource } from './read/read-source';
import type { IngestMessage } from './types';

export interface IngestSummary {
  filesRead: number;
  bulletins: number;
  practices: number;
  warnings: number;
  errors: number;
}

export interface IngestRun {
  results: BulletinResult[];
  document: GraphDocument;
  messages: IngestMessage[];
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
}

export async function ingestFiles(inputs: string[], options: IngestFilesOptions = {}): Promise<IngestRun> {
  const knowledge = options.knowledge ?? createKnowledge();
  const { files, missing } = await collectFiles(inputs);
  const messages: IngestMessage[] = missing.map((m) => ({ level: 'error', stage: 'read', file: m.file, message: m.reason }));
  const results: BulletinResult[] = [];
  const seen = new Map<string, string>();
  options.progress?.start(files.length);
  // The next file is read while the current one is processed: reading is I/O, processing is CPU.
  let pending = files.length > 0 ? readSource(displayPath(files[0] as string)) : null;
  for (let index = 0; index < files.length; index++) {
    const file = files[index] as string;
    const read = await (pending as ReturnType<typeof readSource>);
    const next = files[index + 1];
    pending = next === undefined ? null : readSource(displayPath(next));
    options.progress?.tick(file);
    if (!read.ok) {
      messages.push({ level: 'error', stage: 'read', file: read.file, message: read.reason });
      continue;
    }
    const result = ingestSource(read.source, knowledge);
    messages.push(...result.messages);
    const bulletinId = result.document.nodes[0]?.id ?? '';
    const earlier = seen.get(bulletinId);
    if (earlier) {
      messages.push({ level: 'warning', stage: 'read', file, message: `same bulletin text as ${earlier}; ingested once` });
      continue;
    }
    seen.set(bulletinId, file);
    results.push(result);
  }
  options.progress?.stop();
  const document = mergeDocuments(results.map((r) => r.document));
  return {
    results,
    document,
    messages,
    summary: {
      filesRead: files.length + missing.length - messages.filter((m) => m.level === 'error' && m.stage === 'read').length,
      bulletins: results.length,
      practices: results.reduce((n, r) => n + r.structure.items.length, 0),
      warnings: messages.filter((m) => m.level === 'warning').length,
      errors: messages.filter((m) => m.level === 'error').length,
    },
  };
}

/** Paths are recorded relative to the working directory, with forward slashes, so exports do not depend on the machine. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith('..') ? path.resolve(file) : relative).split(path.sep).join('/');
}
