/**
 * Loads a snapshot written by write-snapshot.ts. Anything wrong with the file — wrong header, missing end
 * marker (truncated), checksum mismatch, a malformed record — is a StoreError('CorruptSnapshot') naming the file
 * and how to recover; the file itself is never touched, and a corrupt snapshot never loads as an empty graph.
 */
import { promises as fs } from 'fs';
import zlib from 'zlib';
import { StoreError } from '../store-error';
import type { NodeRecord } from './node-records';
import { decodeEdge, decodeNode, SnapshotFormatError } from './snapshot-codec';
import { END_MAGIC, SECTION_NAMES, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, START_MAGIC, type SectionName, type SnapshotFooter } from './snapshot-layout';
import type { Postings } from './text-index';

export interface LoadedSnapshot {
  records: NodeRecord[];
  postings: Postings;
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
      const stat = await handle.stat();
      signature = fileSignature(stat);
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
    throw new StoreError(
      'CorruptSnapshot',
      `open: snapshot ${file} is corrupt (${reason}). It was left untouched. Restore it from a backup, or move it ` +
        'aside and re-ingest the bulletins (kg ingest <folders>) to rebuild the graph.',
    );
  }
}

export function fileSignature(stat: { ino: number; size: number; mtimeMs: number }): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

function decodeSnapshot(buffer: Buffer): Omit<LoadedSnapshot, 'signature'> {
  const tail = START_MAGIC.length + 4 + END_MAGIC.length;
  if (buffer.length < tail || !buffer.subarray(0, START_MAGIC.length).equals(START_MAGIC)) {
    throw new SnapshotFormatError('it does not start with the snapshot header');
  }
  if (!buffer.subarray(buffer.length - END_MAGIC.length).equals(END_MAGIC)) throw new SnapshotFormatError('it is truncated: the end marker is missing');
  const footerEnd = buffer.length - END_MAGIC.length - 4;
  const footerStart = footerEnd - buffer.readUInt32LE(footerEnd);
  if (footerStart < START_MAGIC.length) throw new SnapshotFormatError('the footer length is impossible');
  const footer = JSON.parse(buffer.toString('utf8', footerStart, footerEnd)) as SnapshotFooter;
  if (footer.format !== SNAPSHOT_FORMAT || footer.version !== SNAPSHOT_VERSION) {
    throw new SnapshotFormatError(`unsupported format ${String(footer.format)} version ${String(footer.version)}`);
  }
  if (zlib.crc32(buffer.subarray(0, footerStart)) !== footer.crc32) throw new SnapshotFormatError('checksum mismatch: the file was damaged or edited');
  const section = (name: SectionName): Buffer => {
    const [offset, length] = footer.sections?.[name] ?? [-1, -1];
    if (!(offset >= START_MAGIC.length && length >= 0 && offset + length <= footerStart)) throw new SnapshotFormatError(`section ${name} is out of bounds`);
    return buffer.subarray(offset, offset + length);
  };
  for (const name of SECTION_NAMES) section(name);

  // Copied so that, once a flush replaces the postings, the file buffer can be freed while texts stay readable.
  const texts = Buffer.from(section('texts'));
  const records: NodeRecord[] = [];
  forEachRecord(section('nodes'), (raw) => records.push(decodeNode(raw, records.length, texts)));
  expectCount('nodes', records.length, footer.nodes);
  for (let i = 1; i < records.length; i++) {
    if (!((records[i - 1] as NodeRecord).id < (records[i] as NodeRecord).id)) throw new SnapshotFormatError(`node ids are not sorted at record ${i}`);
  }
  let relationships = 0;
  forEachRecord(section('relationships'), (raw) => decodeEdge(raw, records, relationships++));
  expectCount('relationships', relationships, footer.relationships);
  const words: string[] = [];
  forEachRecord(section('words'), (raw) => words.push(String(raw)));
  expectCount('words', words.length, footer.words);

  const bigrams = view(section('bigrams'), Int32Array);
  expectCount('bigrams', bigrams.length, footer.bigrams);
  const terms = bigrams.length + words.length;
  const offsets = view(section('termOffsets'), Int32Array);
  const docs = view(section('postingDocs'), Int32Array);
  const tfs = view(section('postingTfs'), Uint8Array);
  const lengths = view(section('docLengths'), Float32Array);
  if (offsets.length !== terms + 1 || offsets[terms] !== docs.length || tfs.length !== docs.length || lengths.length !== records.length) {
    throw new SnapshotFormatError('the text index does not match the graph');
  }
  return { records, postings: { bigrams, words, offsets, docs, tfs, lengths } };
}

function forEachRecord(section: Buffer, visit: (raw: unknown) => void): void {
  let start = 0;
  while (start < section.length) {
    let end = section.indexOf(10, start);
    if (end < 0) end = section.length;
    const line: unknown = JSON.parse(section.toString('utf8', start, end));
    if (!Array.isArray(line)) throw new SnapshotFormatError('a record line is not an array');
    for (const raw of line) visit(raw);
    start = end + 1;
  }
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new SnapshotFormatError(`${actual} ${what} where the footer says ${expected}`);
}

type TypedArrayOf<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

/** A typed array over the section without copying when aligned (write-snapshot aligns them to 8). */
function view<T>(section: Buffer, type: TypedArrayOf<T>): T {
  const size = type.BYTES_PER_ELEMENT;
  if (section.length % size !== 0) throw new SnapshotFormatError('a binary section has a partial element');
  const bytes = section.byteOffset % size === 0 ? section : Buffer.from(section);
  return new type(bytes.buffer, bytes.byteOffset, bytes.length / size);
}
