/**
 * The snapshot file's layout, shared by its writer and reader:
 *
 *   "KGSNAP1\n" · sections · footer JSON · footer length (u32 LE) · "\nKGEND1\n"
 *
 * Sections: `nodes`, `relationships`, `words` — newline-separated JSON arrays of records (chunked, so no line
 * nears V8's string limit); `texts` — UTF-16LE long strings (decoded only when read); `bigrams`, `termOffsets`,
 * `postingDocs`, `postingTfs`, `docLengths` — little-endian typed arrays, 8-byte aligned, mapped without copying.
 * The footer names each section's [offset, length] and holds a CRC-32 of everything before it, so truncation
 * (no end marker) and damage (checksum) are both detected.
 */
export const SNAPSHOT_FILE_NAME = 'graph.snapshot';
export const LOCK_FILE_NAME = 'graph.lock';
export const SNAPSHOT_FORMAT = 'kg-memory-snapshot';
export const SNAPSHOT_VERSION = 1;
export const START_MAGIC = Buffer.from('KGSNAP1\n', 'latin1');
export const END_MAGIC = Buffer.from('\nKGEND1\n', 'latin1');
/** Records per JSON line. */
export const RECORDS_PER_LINE = 2000;

export const SECTION_NAMES = ['nodes', 'texts', 'relationships', 'words', 'bigrams', 'termOffsets', 'postingDocs', 'postingTfs', 'docLengths'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface SnapshotFooter {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  written: string;
  nodes: number;
  relationships: number;
  bigrams: number;
  words: number;
  postings: number;
  crc32: number;
  sections: Record<SectionName, [number, number]>;
}
