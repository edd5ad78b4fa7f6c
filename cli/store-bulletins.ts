/**
 * Writes bulletin documents into a store — in batches of one transaction each where the store offers them, with the
 * practices' analysis terms beside them — and counts what happened. A refused document is reported and the others
 * are written. When the store's analyses are stale — anything changed now, or an earlier run stopped before its
 * analyses — they are recomputed, even when every bulletin was unchanged. `signal` stops the work between
 * transactions (cli/interruption.ts).
 */
import type { GraphDocument } from '../graph/graph-document';
import type { BulletinWrite, GraphStore, PracticeTerms, UpsertResult } from '../graph/store/graph-store';
import type { StoreError } from '../graph/store/store-error';
import type { AnalysisContext } from './analysis-context';
import { refreshAnalyses } from './refresh-analyses';

export interface StoreTally {
  created: number;
  unchanged: number;
  replaced: number;
  refused: number;
  /** The analyses' summary line, when they were recomputed. */
  analyses?: string;
  /** When the analyses had been stale since before this run (an earlier one stopped before finishing them). */
  staleSince?: string;
}

export interface BulletinToStore {
  document: GraphDocument;
  /** Practice id → its analysis terms, when the ingest cut them. */
  terms?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Bulletins per write transaction: large enough that commits do not dominate, small enough to show progress. */
const BATCH = 100;
/** Up to this many bulletins the writes take a blink: no progress lines. */
const HANDFUL = 5;

export async function storeBulletins({
  store,
  bulletins,
  analysis,
  log = (line) => console.error(line),
  signal,
}: {
  store: GraphStore;
  bulletins: readonly BulletinToStore[];
  analysis?: () => AnalysisContext;
  log?: (line: string) => void;
  signal?: AbortSignal;
}): Promise<StoreTally> {
  const before = analysis ? await store.analysisStatus() : undefined;
  const fingerprint = analysis && bulletins.some((b) => b.terms) ? await analysis().fingerprint() : undefined;
  const tally = await writeBulletins({ store, bulletins, fingerprint, log, ...(signal ? { signal } : {}) });
  if (before?.since) tally.staleSince = before.since;
  // Whatever changed the graph marked the analyses stale in its transaction (an earlier, interrupted run too).
  if (analysis && (await store.analysisStatus()).stale)
    tally.analyses = await refreshAnalyses({ store, context: analysis(), log, signal });
  return tally;
}

/**
 * The writes alone, without the analyses (a caller that writes in rounds recomputes them once at the end).
 * `fingerprint`: that of the knowledge the bulletins' terms were cut with; without it the terms are not stored.
 */
export async function writeBulletins(input: {
  store: GraphStore;
  bulletins: readonly BulletinToStore[];
  fingerprint: string | undefined;
  log?: (line: string) => void;
  signal?: AbortSignal;
}): Promise<StoreTally> {
  const { store, bulletins, fingerprint, signal } = input;
  const log = input.log ?? ((line: string) => console.error(line));
  const tally: StoreTally = { created: 0, unchanged: 0, replaced: 0, refused: 0 };
  const writes: BulletinWrite[] = bulletins.map((b) => {
    const terms: PracticeTerms | undefined = b.terms && fingerprint ? { fingerprint, byPractice: b.terms } : undefined;
    return { document: b.document, ...(terms ? { terms } : {}) };
  });
  const count = (result: UpsertResult | StoreError, write: BulletinWrite) => {
    if ('status' in result) tally[result.status]++;
    else {
      tally.refused++;
      log(`kg: refused ${bulletinSource(write.document)}: ${result.message}`);
    }
  };
  const loud = writes.length > HANDFUL;
  if (loud) log(`store: writing ${writes.length} bulletin(s) to ${store.kind}…`);
  for (let at = 0; at < writes.length; at += BATCH) {
    signal?.throwIfAborted();
    const batch = writes.slice(at, at + BATCH);
    if (store.upsertBulletins)
      (await store.upsertBulletins(batch)).forEach((result, i) => count(result, batch[i] as BulletinWrite));
    else
      for (const write of batch) {
        signal?.throwIfAborted();
        count(await store.upsertBulletin(write.document, write.terms ? { terms: write.terms } : {}), write);
      }
    if (loud && writes.length > BATCH)
      log(`store: ${Math.min(at + BATCH, writes.length)}/${writes.length} bulletin(s) written`);
  }
  return tally;
}

function bulletinSource(document: GraphDocument): string {
  const bulletin = document.nodes.find((n) => n.labels[0] === 'Bulletin');
  return String(bulletin?.properties.source ?? bulletin?.id ?? 'a bulletin');
}

export function formatTally(kind: string, tally: StoreTally): string {
  const refused = tally.refused > 0 ? `, ${tally.refused} refused` : '';
  const stored = `stored in ${kind}: ${tally.created} new, ${tally.replaced} replaced, ${tally.unchanged} unchanged bulletin(s)${refused}`;
  const stale = tally.staleSince
    ? `the analyses were stale since ${tally.staleSince} (an earlier run did not finish them): recomputed`
    : undefined;
  return [stored, stale, tally.analyses].filter((line) => line !== undefined).join('\n');
}
