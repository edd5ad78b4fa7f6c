/**
 * The embedded default GraphStore: the graph lives in this process and persists to `<dataDir>/graph.snapshot`.
 *
 * - Persistence: writes change memory only; `flush()` writes the snapshot (atomically: temp file + rename) when
 *   something changed, then reloads from it, and `close()` flushes. Ingesting a batch is `upsertBulletin` × n,
 *   then one `flush()`. `open()` maps the snapshot (records are decoded when first read); a corrupt or truncated
 *   one throws StoreError('CorruptSnapshot') and is left as is.
 * - Locking: reading needs no lock. The first write takes `<dataDir>/graph.lock` (StoreError('Locked') naming the
 *   holder's pid if another live process has it; a stale lock is taken over) and keeps it until `close()`.
 *   If another writer replaced the snapshot since `open()`, the first write reloads it before changing anything.
 *   `readOnly: true` never locks; its writes throw StoreError('ReadOnly').
 * - Writes and flushes run one at a time; reads are synchronous inside, so they never see half a bulletin.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { GraphDocument } from '../../graph-document';
import type { GraphStore } from '../graph-store';
import { StoreError } from '../store-error';
import { adoptionMatrix } from './adoption-matrix';
import { AdoptionReads } from './adoption-reads';
import { analysisInput } from './analysis-input';
import { applyUpsert } from './apply-upsert';
import { removeStaleTemps } from './atomic-file';
import { GraphCore } from './graph-core';
import { exportGraph, graphStats } from './graph-stats';
import { NameLookup } from './name-lookup';
import { neighborhood } from './neighborhood';
import { toGraphNode } from './node-records';
import { planUpsert } from './plan-upsert';
import { practiceDetail, similarPractices } from './practice-detail';
import { fileSignature, readSnapshot } from './read-snapshot';
import { removeBulletin } from './remove-bulletin';
import { QueryScorer } from './score-query';
import { searchNodes } from './search-nodes';
import { createSerialQueue } from './serial-queue';
import { adoptionPanel, diffusion, type DiffusionSources } from './diffusion';
import { mechanismFamily } from './mechanism-family';
import { comparePortfolios, localityPortfolio, similarLocalities } from './portfolios';
import { practiceReportsCache } from './practice-reports';
import { replaceAnalyses } from './replace-analyses';
import { SNAPSHOT_FILE_NAME } from './snapshot-layout';
import { TextIndex } from './text-index';
import type { Tokenize } from './text-terms';
import { acquireWriteLock, type WriteLock } from './write-lock';
import { writeSnapshot } from './write-snapshot';

export interface MemoryStoreOptions {
  /** Directory of graph.snapshot and graph.lock; created on the first write. */
  dataDir: string;
  /** Word segmentation for full-text search (the caller passes nodejieba with the domain dictionary). */
  tokenize: Tokenize;
  /** Never takes the write lock; every write throws StoreError('ReadOnly'). */
  readOnly?: boolean;
}

export interface MemoryStore extends GraphStore {
  readonly kind: 'memory';
  readonly snapshotFile: string;
  flush(): Promise<void>;
  refresh(): Promise<boolean>;
}

export function createMemoryStore(options: MemoryStoreOptions): MemoryStore {
  const snapshotFile = path.join(options.dataDir, SNAPSHOT_FILE_NAME);
  const core = new GraphCore();
  const index = new TextIndex();
  const search = { core, index, scorer: new QueryScorer(), names: new NameLookup(), tokenize: options.tokenize };
  const adoption = new AdoptionReads(core);
  const reports = practiceReportsCache(core);
  const sources = (): DiffusionSources => ({ core, index: adoption.index(), reports: reports() });
  const queue = createSerialQueue();
  let opened = false;
  let dirty = false;
  let lock: WriteLock | null = null;
  let loadedSignature: string | null = null;

  /** Replaces the in-memory graph by the snapshot's (only once the file has been read and checked). */
  async function load(): Promise<void> {
    const snapshot = await readSnapshot(snapshotFile);
    core.clear();
    index.clear();
    if (snapshot) {
      core.load(snapshot.base, snapshot.counts, snapshot.adoption);
      index.load(snapshot.postings, snapshot.base.sections.labels, (slot) => core.recordAt(slot));
    }
    loadedSignature = snapshot?.signature ?? null;
  }

  function ready(operation: string): void {
    if (!opened) throw new StoreError('StoreUnavailable', `${operation}: the memory store is not open (call open() first)`);
  }

  async function becomeWriter(operation: string): Promise<void> {
    ready(operation);
    if (options.readOnly) throw new StoreError('ReadOnly', `${operation}: the memory store on ${options.dataDir} was opened read-only`);
    if (lock) return;
    await fs.mkdir(options.dataDir, { recursive: true });
    const taken = await acquireWriteLock(options.dataDir);
    try {
      await removeStaleTemps(snapshotFile);
      const stat = await fs.stat(snapshotFile).catch(() => null);
      // Another writer may have replaced the snapshot since open(): start from its graph, not from ours.
      if ((stat ? fileSignature(stat) : null) !== loadedSignature) await load();
    } catch (error) {
      await taken.release();
      throw error;
    }
    lock = taken;
  }

  function write<T>(operation: string, change: () => T): Promise<T> {
    return queue(async () => {
      await becomeWriter(operation);
      return change();
    });
  }

  /** Writes the snapshot, then reloads it: memory and file agree slot for slot, and dead entries are gone. */
  async function persist(): Promise<void> {
    if (!dirty) return;
    try {
      await writeSnapshot(snapshotFile, core, index);
    } catch (error) {
      throw new StoreError('StoreUnavailable', `flush: could not write ${snapshotFile} (${(error as Error).message}); the previous snapshot is intact`);
    }
    dirty = false;
    await load();
  }

  const read = <T>(operation: string, answer: () => T): Promise<T> => {
    try {
      ready(operation);
      return Promise.resolve(answer());
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    kind: 'memory',
    snapshotFile,
    open: () =>
      queue(async () => {
        if (opened) return;
        await load();
        opened = true;
      }),
    close: () =>
      queue(async () => {
        if (!opened) return;
        await persist();
        await lock?.release();
        lock = null;
        opened = false;
        core.clear();
        index.clear();
      }),
    flush: () => queue(async () => (ready('flush'), persist())),
    refresh: () =>
      queue(async () => {
        if (!opened || lock) return false;
        const stat = await fs.stat(snapshotFile).catch(() => null);
        if ((stat ? fileSignature(stat) : null) === loadedSignature) return false;
        await load();
        return true;
      }),
    upsertBulletin: (document: GraphDocument) =>
      write('upsertBulletin', () => {
        const result = applyUpsert(core, index, planUpsert(core, document, options.tokenize));
        if (result.status !== 'unchanged') dirty = true;
        return result;
      }),
    deleteBulletin: (id: string) =>
      write('deleteBulletin', () => {
        const bulletin = core.get(id);
        if (!bulletin || bulletin.label !== 'Bulletin') return false;
        removeBulletin(core, index, bulletin);
        dirty = true;
        return true;
      }),
    clear: () =>
      write('clear', () => {
        core.clear();
        index.clear();
        dirty = true;
      }),
    node: (id) =>
      read('node', () => {
        const record = core.get(id);
        return record ? toGraphNode(record) : null;
      }),
    neighborhood: (request) => read('neighborhood', () => neighborhood(core, request)),
    search: (request) => read('search', () => searchNodes(search, request)),
    localities: (query) => read('localities', () => adoption.localityPage(query)),
    mechanisms: (query) => read('mechanisms', () => adoption.mechanismPage(query)),
    adoption: (request) => read('adoption', () => adoptionMatrix(core, adoption.index(), request)),
    practice: (id) => read('practice', () => practiceDetail(core, id)),
    similarPractices: (id, limit) => read('similarPractices', () => similarPractices(core, id, limit)),
    stats: () => read('stats', () => graphStats(core)),
    exportDocument: () => read('exportDocument', () => exportGraph(core)),
    diffusion: (request) => read('diffusion', () => diffusion(sources(), request)),
    localityPortfolio: (code) => read('localityPortfolio', () => localityPortfolio(sources(), code)),
    comparePortfolios: (a, b) => read('comparePortfolios', () => comparePortfolios(sources(), a, b)),
    similarLocalities: (request) => read('similarLocalities', () => similarLocalities(sources(), request)),
    mechanismFamily: (mechanism) => read('mechanismFamily', () => mechanismFamily(core, adoption.index(), mechanism)),
    adoptionPanel: () => read('adoptionPanel', () => adoptionPanel(sources())),
    analysisInput: () => read('analysisInput', () => analysisInput(core, adoption.index(), reports())),
    replaceAnalyses: (analyses) =>
      write('replaceAnalyses', () => {
        replaceAnalyses(core, analyses);
        dirty = true;
      }),
  };
}
