/**
 * Loads a snapshot written by write-snapshot.ts: reads the file, checks its frame and checksum, and maps the
 * typed-array sections in place — no node or relationship is decoded here. Anything wrong with the file (wrong
 * header, no end marker because it was truncated, checksum mismatch, sections that do not fit together) is a
 * StoreError('CorruptSnapshot') naming the file and how to recover; the file is never touched, and a corrupt
 * snapshot never loads as an empty graph.
 */
import { promises as fs } from 'fs';
import zlib from 'zlib';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema';
import { StoreError } from '../store-error';
import type { AdoptionArrays } from './adoption-arrays';
import { BaseGraph } from './base-graph';
import { SnapshotFormatError } from './snapshot-codec';
import { ARRAY_SECTIONS, BYTE_SECTIONS, END_MAGIC, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, START_MAGIC, type ArraySectionName, type SectionName, type SnapshotArrays, type SnapshotFooter } from './snapshot-layout';
import type { Postings } from './text-index';

export interface LoadedSnapshot {
  base: BaseGraph;
  postings: Postings;
  adoption: AdoptionArrays;
  counts: SnapshotFooter['counts'];
  /** Identifies the file version that was read (inode, size, mtime), to notice a later rewrite. */
  signature: string;
}

/** Null when there is no snapshot yet. */
export async function readSnapshot(file: string): Promise<LoadedSnapshot | null> {
  let buffer: Buffer;
  let signature: string;
  try {
    const handle = await fs.open(file, 'r');
    try {
      signature = fileSignature(await handle.stat());
      buffer = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError('StoreUnavailable', `open: cannot read snapshot ${file}: ${(error as Error).message}`);
  }
  try {
    return { ...decodeSnapshot(buffer), signature };
  } catch (error) {
    const reason = error instanceof SnapshotFormatError || error instanceof SyntaxError ? error.message : String(error);
    throw corruptSnapshot(file, reason);
  }
}

export function corruptSnapshot(file: string, reason: string): StoreError {
  return new StoreError(
    'CorruptSnapshot',
    `open: snapshot ${file} is corrupt (${reason}). It was left untouched. Restore it from a backup, or move it ` +
      'aside and re-ingest the bulletins (kg ingest <folders>) to rebuild the graph.',
  );
}

export function fileSignature(stat: { ino: number; size: number; mtimeMs: number }): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

function decodeSnapshot(buffer: Buffer): Omit<LoadedSnapshot, 'signature'> {
  const footer = readFooter(buffer);
  const section = (name: SectionName): Buffer => {
    const [offset, length] = footer.sections?.[name] ?? [-1, -1];
    if (!(offset >= START_MAGIC.length && length >= 0 && offset + length <= buffer.length)) throw new SnapshotFormatError(`section ${name} is out of bounds`);
    return buffer.subarray(offset, offset + length);
  };
  for (const name of BYTE_SECTIONS) section(name);
  const a = Object.fromEntries(
    (Object.keys(ARRAY_SECTIONS) as ArraySectionName[]).map((name) => [name, view(section(name), ARRAY_SECTIONS[name] as TypedArrayOf<ArrayLike<number>>, name)]),
  ) as unknown as SnapshotArrays;
  const words = JSON.parse(section('words').toString('utf8')) as unknown;
  const explicit = JSON.parse(section('explicitIds').toString('utf8')) as unknown;
  if (!Array.isArray(words) || !Array.isArray(explicit)) throw new SnapshotFormatError('the word list or explicit ids are malformed');

  const nodes = footer.nodes;
  const edges = footer.relationships;
  const ids = section('ids');
  const nodeProps = section('nodeProps');
  const edgeProps = section('edgeProps');
  expect(a.labels.length === nodes && a.flags.length === nodes && a.edgeTypes.length === edges && a.inEdges.length === edges, 'section sizes disagree with the footer');
  expectOffsets(a.idOffsets, nodes, ids.length / 2, 'ids');
  expectOffsets(a.nodePropOffsets, nodes, nodeProps.length, 'node properties');
  expectOffsets(a.edgePropOffsets, edges, edgeProps.length, 'relationship properties');
  expectOffsets(a.outStart, nodes, edges, 'out-edges');
  expectOffsets(a.inStart, nodes, edges, 'in-edges');
  // Bounds checks that make every later lookup safe; the checksum already vouches for the content. Postings are
  // not walked (46M entries at 100k practices): a stray document number reads as a dead document.
  expect(below(a.labels, NODE_LABELS.length) && below(a.edgeTypes, RELATIONSHIP_TYPES.length), 'unknown label or relationship type');
  expect(below(a.edgeStarts, nodes) && below(a.edgeEnds, nodes) && below(a.inEdges, edges), 'a relationship points outside the graph');
  const terms = a.bigrams.length + words.length;
  expectOffsets(a.termOffsets, terms, a.postingDocs.length, 'postings');
  expect(a.postingTfs.length === a.postingDocs.length && a.docLengths.length === nodes, 'the text index does not match the graph');

  const base = new BaseGraph({
    ids, idOffsets: a.idOffsets, labels: a.labels, flags: a.flags, nodeProps, nodePropOffsets: a.nodePropOffsets,
    texts: section('texts'),
    edgeTypes: a.edgeTypes, edgeStarts: a.edgeStarts, edgeEnds: a.edgeEnds, edgeProps, edgePropOffsets: a.edgePropOffsets,
    outStart: a.outStart, inStart: a.inStart, inEdges: a.inEdges, explicitIds: new Map(explicit as [number, string][]),
  });
  const postings: Postings = { bigrams: a.bigrams, words: words as string[], offsets: a.termOffsets, docs: a.postingDocs, tfs: a.postingTfs, lengths: a.docLengths };
  const adoption: AdoptionArrays = {
    parent: a.adoptionParent,
    localitiesOf: { start: a.localitiesStart, list: a.localitiesList },
    mechanismsOf: { start: a.mechanismsStart, list: a.mechanismsList },
    practicesOf: { start: a.practicesStart, list: a.practicesList },
  };
  expect(a.adoptionParent.length === nodes && every(a.adoptionParent, (s) => s >= -1 && s < nodes), 'the adoption arrays do not match the graph');
  for (const { start, list } of [adoption.localitiesOf, adoption.mechanismsOf, adoption.practicesOf]) {
    expectOffsets(start, nodes, list.length, 'adoption');
    expect(below(list, nodes), 'the adoption arrays point outside the graph');
  }
  return { base, postings, adoption, counts: footer.counts };
}

function readFooter(buffer: Buffer): SnapshotFooter {
  const tail = START_MAGIC.length + 4 + END_MAGIC.length;
  expect(buffer.length >= tail && buffer.subarray(0, START_MAGIC.length).equals(START_MAGIC), 'it does not start with the snapshot header');
  expect(buffer.subarray(buffer.length - END_MAGIC.length).equals(END_MAGIC), 'it is truncated: the end marker is missing');
  const footerEnd = buffer.length - END_MAGIC.length - 4;
  const footerStart = footerEnd - buffer.readUInt32LE(footerEnd);
  expect(footerStart >= START_MAGIC.length, 'the footer length is impossible');
  const footer = JSON.parse(buffer.toString('utf8', footerStart, footerEnd)) as SnapshotFooter;
  expect(footer.format === SNAPSHOT_FORMAT && footer.version === SNAPSHOT_VERSION, `unsupported format ${String(footer.format)} version ${String(footer.version)}`);
  expect(zlib.crc32(buffer.subarray(0, footerStart)) === footer.crc32, 'checksum mismatch: the file was damaged or edited');
  return footer;
}

function expect(condition: boolean, reason: string): void {
  if (!condition) throw new SnapshotFormatError(reason);
}

/** Offsets must start at 0, never decrease, and end exactly at the end of what they index. */
function expectOffsets(offsets: Int32Array, count: number, end: number, what: string): void {
  let ok = offsets.length === count + 1 && offsets[0] === 0 && offsets[count] === end;
  for (let i = 1; ok && i <= count; i++) ok = (offsets[i] as number) >= (offsets[i - 1] as number);
  expect(ok, `the ${what} offsets are inconsistent`);
}

function every(values: Int32Array, test: (value: number) => boolean): boolean {
  for (let i = 0; i < values.length; i++) if (!test(values[i] as number)) return false;
  return true;
}

/** Whether every value is in [0, limit). */
function below(values: Uint8Array | Int32Array, limit: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < 0 || value >= limit) return false;
  }
  return true;
}

type TypedArrayOf<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A typed array over the section without copying when aligned (the writer aligns them to 8). */
function view<T>(section: Buffer, type: TypedArrayOf<T>, name: string): T {
  const size = type.BYTES_PER_ELEMENT;
  expect(section.length % size === 0, `section ${name} has a partial element`);
  const bytes = section.byteOffset % size === 0 ? section : Buffer.from(section);
  return new type(bytes.buffer, bytes.byteOffset, bytes.length / size);
}
