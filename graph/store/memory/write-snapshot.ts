/**
 * Writes the whole graph and its text index as one snapshot file, atomically (see atomic-file.ts). Writing also
 * compacts the index; the caller adopts the returned node order and postings as the new base once the file is
 * in place, so memory and file agree slot for slot.
 */
import type { Stats } from 'fs';
import { ChunkWriter, writeFileAtomically } from './atomic-file';
import type { GraphCore } from './graph-core';
import type { EdgeRecord, NodeRecord } from './node-records';
import { encodeEdge, encodeNode, TextSink } from './snapshot-codec';
import { END_MAGIC, RECORDS_PER_LINE, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, START_MAGIC, type SectionName, type SnapshotFooter } from './snapshot-layout';
import type { Postings, TextIndex } from './text-index';

export interface WrittenSnapshot {
  /** Live nodes in snapshot order (sorted by id); `slot` is each one's position. */
  records: NodeRecord[];
  postings: Postings;
  stats: Stats;
}

export async function writeSnapshot(file: string, core: GraphCore, index: TextIndex): Promise<WrittenSnapshot> {
  const records = core.sortedNodes();
  records.forEach((record, slot) => (record.slot = slot));
  const postings = index.compact(records.length);
  const stats = await writeFileAtomically(file, async (out) => {
    const sections = {} as Record<SectionName, [number, number]>;
    const section = async (name: SectionName, body: () => Promise<void>) => {
      const start = out.position;
      await body();
      sections[name] = [start, out.position - start];
    };
    await out.write(START_MAGIC);
    const texts = new TextSink();
    await section('nodes', () => writeLines(out, records, (r) => encodeNode(r, texts)));
    await section('texts', async () => {
      for (const part of texts.parts) await out.write(part);
    });
    let relationships = 0;
    await section('relationships', () => writeLines(out, outEdges(records), (e) => (relationships++, encodeEdge(e))));
    await section('words', () => writeLines(out, postings.words, (t) => t));
    const arrays = [['bigrams', postings.bigrams], ['termOffsets', postings.offsets], ['postingDocs', postings.docs], ['postingTfs', postings.tfs], ['docLengths', postings.lengths]] as const;
    for (const [name, array] of arrays) {
      await out.align(8);
      await section(name, () => out.write(array));
    }
    const footer: SnapshotFooter = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      written: new Date().toISOString(),
      nodes: records.length,
      relationships,
      bigrams: postings.bigrams.length,
      words: postings.words.length,
      postings: postings.docs.length,
      crc32: out.crc,
      sections,
    };
    const footerBytes = Buffer.from(JSON.stringify(footer), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footerBytes.length);
    await out.write(footerBytes);
    await out.write(length);
    await out.write(END_MAGIC);
  });
  return { records, postings, stats };
}

async function writeLines<T>(out: ChunkWriter, items: Iterable<T>, encode: (item: T) => unknown): Promise<void> {
  let line: unknown[] = [];
  for (const item of items) {
    line.push(encode(item));
    if (line.length === RECORDS_PER_LINE) {
      await out.write(Buffer.from(`${JSON.stringify(line)}\n`, 'utf8'));
      line = [];
    }
  }
  if (line.length > 0) await out.write(Buffer.from(`${JSON.stringify(line)}\n`, 'utf8'));
}

function* outEdges(records: readonly NodeRecord[]): Generator<EdgeRecord> {
  for (const record of records) yield* record.out;
}
