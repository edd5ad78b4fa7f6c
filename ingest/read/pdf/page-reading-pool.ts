/**
 * Reads a long PDF's pages in parallel: pdfjs is single-threaded, so helper worker threads (one per spare core) each
 * open the same bytes and read pages beside this thread. Every thread claims the next range of pages from a shared
 * counter (no round trip through this thread, which is busy reading too), so a thread slowed by others on a shared
 * machine simply takes fewer ranges. Helpers are started on the first long PDF and kept for the next ones; they are
 * ended after a while without work, and never keep the process alive when idle. On a busy machine (no idle core) the
 * document is read in this thread alone.
 *
 * Parallel reading runs from the compiled package on the main thread only: the parallel ingest's workers already
 * fill the cores with whole files, and from the TypeScript sources (tests, tsx) there is no worker script.
 */
import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { setImmediate as yieldToEvents } from 'timers/promises';
import { isMainThread, Worker } from 'worker_threads';
import { readPageRange, type FontRun } from './page-runs';

const WORKER_SCRIPT = path.join(__dirname, 'page-reading-worker.js');
/** Below this many pages a document is read in this thread: handing out ranges would cost more than it saves. */
export const PARALLEL_MIN_PAGES = 16;
/** Pages a thread claims at once: few enough that threads end together, enough that claims are rare. */
export const RANGE_PAGES = 8;
const MAX_HELPERS = 3;
/** Idle helpers are ended after this long (each holds its own pdfjs). */
const IDLE_MS = 20_000;

/** What a helper is sent: the bytes to open and the shared counter of claimed ranges. */
export interface PageJob {
  id: number;
  bytes: Uint8Array;
  claims: SharedArrayBuffer;
  pages: number;
}

/** What a helper answers: a range's runs (as JSON, which crosses threads faster than a clone of many small objects), then done. */
export type PageJobMessage = { id: number; from: number; json: string } | { id: number; done: true; error?: string };

/** The next range of pages (1-based, inclusive) from the shared counter, or null when all are claimed. */
export function claimRange(claims: Int32Array, pages: number): [number, number] | null {
  const from = Atomics.add(claims, 0, 1) * RANGE_PAGES + 1;
  return from <= pages ? [from, Math.min(from + RANGE_PAGES - 1, pages)] : null;
}

export interface DocumentPages {
  /** Every page's runs, in page order: the same whether helpers took part or not. */
  pages: FontRun[][];
  /** Pages the helpers read. */
  helperPages: number;
}

/** `helperCount`: how many helper threads may take part (by default: as many as there are idle cores to run them). */
export async function readAllPages({
  doc,
  bytes,
  helperCount = helpersFor(doc.numPages),
}: {
  doc: PDFDocumentProxy;
  bytes: Uint8Array;
  helperCount?: number;
}): Promise<DocumentPages> {
  const pages: (FontRun[] | undefined)[] = new Array(doc.numPages);
  const place = (from: number, runs: FontRun[][]) => runs.forEach((page, i) => (pages[from - 1 + i] = page));
  let helperPages = 0;
  const placeHelped = (from: number, runs: FontRun[][]) => {
    helperPages += runs.length;
    place(from, runs);
  };
  const claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const helping = startedHelpers(helperCount).map((helper) =>
    helper.read(bytes, claims.buffer as SharedArrayBuffer, doc.numPages, placeHelped),
  );
  const fontNames = new Map<string, string>();
  for (let range = claimRange(claims, doc.numPages); range; range = claimRange(claims, doc.numPages)) {
    place(range[0], await readPageRange({ doc, from: range[0], to: range[1], fontNames }));
    // Lets the helpers' answers in between two ranges.
    if (helping.length > 0) await yieldToEvents();
  }
  await Promise.all(helping);
  // A helper that failed left its claimed pages unread: read here, a broken page fails with its own error.
  for (let n = 1; n <= doc.numPages; n++) {
    if (!pages[n - 1]) place(n, await readPageRange({ doc, from: n, to: n, fontNames }));
  }
  return { pages: pages as FontRun[][], helperPages };
}

class PageHelper {
  private readonly worker = new Worker(WORKER_SCRIPT);
  private readonly jobs = new Map<number, { place: (from: number, runs: FontRun[][]) => void; finish: () => void }>();
  private idle: NodeJS.Timeout | undefined;
  broken = false;

  constructor(private readonly onEnd: (helper: PageHelper) => void) {
    this.worker.on('message', (message: PageJobMessage) => {
      const job = this.jobs.get(message.id);
      if (!job) return;
      if ('json' in message) job.place(message.from, JSON.parse(message.json) as FontRun[][]);
      else this.settle(message.id);
    });
    // A helper that fails ends its jobs; their unread pages are read by the thread that asked.
    const end = () => {
      this.broken = true;
      for (const id of [...this.jobs.keys()]) this.settle(id);
      this.onEnd(this);
    };
    this.worker.on('error', end);
    this.worker.on('exit', end);
    this.worker.unref();
  }

  read(
    bytes: Uint8Array,
    claims: SharedArrayBuffer,
    pages: number,
    place: (from: number, runs: FontRun[][]) => void,
  ): Promise<void> {
    const id = nextJobId++;
    clearTimeout(this.idle);
    if (this.jobs.size === 0) this.worker.ref();
    return new Promise<void>((finish) => {
      this.jobs.set(id, { place, finish });
      const job: PageJob = { id, bytes, claims, pages };
      this.worker.postMessage(job);
    });
  }

  private settle(id: number): void {
    this.jobs.get(id)?.finish();
    this.jobs.delete(id);
    if (this.jobs.size > 0 || this.broken) return;
    this.worker.unref();
    this.idle = setTimeout(() => void this.worker.terminate(), IDLE_MS).unref();
  }
}

let nextJobId = 1;
const helpers: PageHelper[] = [];

/**
 * How many helpers a document of `pages` pages gets: none for a short one, and none while the machine has no idle
 * core (its load average is at least the core count less one). Each thread loads the fonts of the pages it reads, so
 * helpers cost more CPU in all than one thread; they only pay off on a core that would otherwise be idle.
 */
function helpersFor(pages: number): number {
  if (pages < PARALLEL_MIN_PAGES || !isMainThread || !existsSync(WORKER_SCRIPT)) return 0;
  const idleCores = Math.floor(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  return Math.max(0, Math.min(MAX_HELPERS, os.availableParallelism() - 1, idleCores - 1));
}

function startedHelpers(count: number): PageHelper[] {
  if (count > 0 && !existsSync(WORKER_SCRIPT)) throw new Error(`PDF page helpers need the compiled ${WORKER_SCRIPT}`);
  while (helpers.length < count) {
    helpers.push(new PageHelper((ended) => helpers.includes(ended) && helpers.splice(helpers.indexOf(ended), 1)));
  }
  return helpers.slice(0, count);
}
