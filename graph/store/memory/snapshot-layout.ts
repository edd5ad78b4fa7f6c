/**
 * The snapshot file's layout, shared by its writer and reader:
 *
 *   "KGSNAP2\n" · sections · footer JSON · footer length (u32 LE) · "\nKGEND2\n"
 *
 * Byte sections: `ids` (UTF-16LE, sorted, one after another), `nodeProps` and `edgeProps` (one small JSON array per
 * record, see snapshot-codec.ts), `texts` (UTF-16LE long strings), `words` and `explicitIds` (JSON lines).
 * Typed-array sections (little-endian, 8-byte aligned, read in place without copying): the offsets into those,
 * labels, relationship types and endpoints (grouped by start node), the in-edge index, the text index and the
 * adoption arrays (adoption-arrays.ts).
 * The footer names each section's [offset, length], the counts, and a CRC-32 of everything before it, so
 * truncation (no end marker) and damage (checksum) are both detected.
 */
export const SNAPSHOT_FILE_NAME = 'graph.snapshot';
export const LOCK_FILE_NAME = 'graph.lock';
export const SNAPSHOT_FORMAT = 'kg-memory-snapshot';
export const SNAPSHOT_VERSION = 2;
export const START_MAGIC = Buffer.from('KGSNAP2\n', 'latin1');
export const END_MAGIC = Buffer.from('\nKGEND2\n', 'latin1');

export const BYTE_SECTIONS = ['ids', 'nodeProps', 'texts', 'edgeProps', 'words', 'explicitIds'] as const;
export const ARRAY_SECTIONS = {
  labels: Uint8Array,
  flags: Uint8Array,
  idOffsets: Int32Array,
  nodePropOffsets: Int32Array,
  edgeTypes: Uint8Array,
  edgeStarts: Int32Array,
  edgeEnds: Int32Array,
  edgePropOffsets: Int32Array,
  outStart: Int32Array,
  inStart: Int32Array,
  inEdges: Int32Array,
  bigrams: Int32Array,
  termOffsets: Int32Array,
  postingDocs: Int32Array,
  postingTfs: Uint8Array,
  docLengths: Float32Array,
  adoptionParent: Int32Array,
  localitiesStart: Int32Array,
  localitiesList: Int32Array,
  mechanismsStart: Int32Array,
  mechanismsList: Int32Array,
  practicesStart: Int32Array,
  practicesList: Int32Array,
} as const;
export type ArraySectionName = keyof typeof ARRAY_SECTIONS;
/** The typed-array sections as the reader maps them and the writer fills them. */
export type SnapshotArrays = { [K in ArraySectionName]: InstanceType<(typeof ARRAY_SECTIONS)[K]> extends Uint8Array ? Uint8Array : InstanceType<(typeof ARRAY_SECTIONS)[K]> extends Int32Array ? Int32Array : Float32Array };
export type SectionName = (typeof BYTE_SECTIONS)[number] | ArraySectionName;

export interface SnapshotFooter {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  written: string;
  nodes: number;
  relationships: number;
  counts: { nodes: Record<string, number>; relationships: Record<string, number> };
  crc32: number;
  sections: Record<SectionName, [number, number]>;
}
