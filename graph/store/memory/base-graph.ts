/**
 * The graph as last loaded from a snapshot: typed arrays over the file's bytes, decoded one node or relationship
 * at a time when a read reaches it. Immutable; GraphCore layers the changes made since on top.
 * Relationships are stored grouped by start node, so a node's out-edges are the range outStart[s]..outStart[s+1];
 * its in-edges are listed in inEdges[inStart[s]..inStart[s+1]].
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../schema';
import type { StoredProperties } from './node-records';
import { decodeEdgeProps, decodeNodeProps, SnapshotFormatError } from './snapshot-codec';

export interface BaseSections {
  /** UTF-16LE; idOffsets are in characters. */
  ids: Buffer;
  idOffsets: Int32Array;
  labels: Uint8Array;
  /** Bit 1: the node's properties point into the text section. */
  flags: Uint8Array;
  nodeProps: Buffer;
  nodePropOffsets: Int32Array;
  texts: Buffer;
  edgeTypes: Uint8Array;
  edgeStarts: Int32Array;
  edgeEnds: Int32Array;
  edgeProps: Buffer;
  edgePropOffsets: Int32Array;
  outStart: Int32Array;
  inStart: Int32Array;
  inEdges: Int32Array;
  explicitIds: Map<number, string>;
}

export const TEXT_REFS_FLAG = 1;

export class BaseGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** The ids section as one string, decoded on first use: slicing it is far cheaper than a decode per id. */
  private idText: string | undefined;

  constructor(readonly sections: BaseSections) {
    this.nodeCount = sections.labels.length;
    this.edgeCount = sections.edgeTypes.length;
  }

  static empty(): BaseGraph {
    const none = new Int32Array(1);
    return new BaseGraph({
      ids: Buffer.alloc(0), idOffsets: none, labels: new Uint8Array(0), flags: new Uint8Array(0), nodeProps: Buffer.alloc(0), nodePropOffsets: none,
      texts: Buffer.alloc(0), edgeTypes: new Uint8Array(0), edgeStarts: new Int32Array(0), edgeEnds: new Int32Array(0), edgeProps: Buffer.alloc(0),
      edgePropOffsets: none, outStart: none, inStart: none, inEdges: new Int32Array(0), explicitIds: new Map(),
    });
  }

  idAt(slot: number): string {
    const { ids, idOffsets } = this.sections;
    this.idText ??= ids.toString('utf16le');
    return this.idText.slice(idOffsets[slot], idOffsets[slot + 1]);
  }

  labelAt(slot: number): NodeLabel {
    const label = NODE_LABELS[this.sections.labels[slot] as number];
    if (label === undefined) throw new SnapshotFormatError(`node ${slot} has an unknown label`);
    return label;
  }

  /** The slot of a node id, or -1 (ids are sorted as JavaScript compares strings). */
  find(id: string): number {
    let lo = 0;
    let hi = this.nodeCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.idAt(mid);
      if (value === id) return mid;
      if (value < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Where `id` would go among the sorted ids (the number of ids smaller than it). */
  rank(id: string): number {
    let lo = 0;
    let hi = this.nodeCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.idAt(mid) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  nodeProps(slot: number): { props: StoredProperties; fingerprint: string | null } {
    const { nodeProps, nodePropOffsets, texts } = this.sections;
    return decodeNodeProps(this.labelAt(slot), nodeProps.toString('utf8', nodePropOffsets[slot], nodePropOffsets[slot + 1]), texts);
  }

  /** The stored JSON bytes of a node's properties (copied as they are when they hold no text reference). */
  rawNodeProps(slot: number): Buffer {
    const { nodeProps, nodePropOffsets } = this.sections;
    return nodeProps.subarray(nodePropOffsets[slot], nodePropOffsets[slot + 1]);
  }

  hasTextRefs(slot: number): boolean {
    return ((this.sections.flags[slot] as number) & TEXT_REFS_FLAG) !== 0;
  }

  edgeType(edge: number): RelationshipType {
    const type = RELATIONSHIP_TYPES[this.sections.edgeTypes[edge] as number];
    if (type === undefined) throw new SnapshotFormatError(`relationship ${edge} has an unknown type`);
    return type;
  }

  edgeProps(edge: number): StoredProperties {
    return decodeEdgeProps(this.edgeType(edge), this.rawEdgeProps(edge).toString('utf8'));
  }

  rawEdgeProps(edge: number): Buffer {
    const { edgeProps, edgePropOffsets } = this.sections;
    return edgeProps.subarray(edgePropOffsets[edge], edgePropOffsets[edge + 1]);
  }
}
