/**
 * Writes the graph and its text index as one snapshot file, atomically (see atomic-file.ts). Nodes are renumbered
 * in id order; what was never read since loading is copied as stored bytes (only properties pointing into the
 * text section are re-encoded, as texts move), so a flush costs little more than the bytes it writes.
 */
import type { Stats } from 'fs';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../schema';
import { buildAdoptionArrays } from './adoption-arrays';
import { writeFileAtomically } from './atomic-file';
import { TEXT_REFS_FLAG } from './base-graph';
import { compactPostings } from './compact-postings';
import type { GraphCore } from './graph-core';
import { edgeValue, type EdgeRecord } from './node-records';
import { encodeEdgeProps, encodeNodeProps, TextSink } from './snapshot-codec';
import { ARRAY_SECTIONS, END_MAGIC, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, START_MAGIC, type ArraySectionName, type SectionName, type SnapshotArrays, type SnapshotFooter } from './snapshot-layout';
import type { TextIndex } from './text-index';

export async function writeSnapshot(file: string, core: GraphCore, index: TextIndex): Promise<Stats> {
  const order = core.slotsInIdOrder();
  const nodes = order.length;
  const newSlot = new Int32Array(core.slotSpace).fill(-1);
  order.forEach((slot, i) => (newSlot[slot] = i));
  const postings = compactPostings(index, newSlot, nodes);
  const edges = Object.values(core.edgeCounts).reduce((a, b) => a + b, 0);
  const none = new Int32Array(0);
  const arrays: SnapshotArrays = {
    labels: new Uint8Array(nodes), flags: new Uint8Array(nodes), idOffsets: new Int32Array(nodes + 1), nodePropOffsets: new Int32Array(nodes + 1),
    edgeTypes: new Uint8Array(edges), edgeStarts: new Int32Array(edges), edgeEnds: new Int32Array(edges), edgePropOffsets: new Int32Array(edges + 1),
    outStart: new Int32Array(nodes + 1), inStart: new Int32Array(nodes + 1), inEdges: new Int32Array(edges),
    bigrams: postings.bigrams, termOffsets: postings.offsets, postingDocs: postings.docs, postingTfs: postings.tfs, docLengths: postings.lengths,
    // Filled once the relationships are laid out (below).
    adoptionParent: none, localitiesStart: none, localitiesList: none, mechanismsStart: none, mechanismsList: none, practicesStart: none, practicesList: none,
  };
  const explicitIds: [number, string][] = [];
  const base = core.base;

  return writeFileAtomically(file, async (out) => {
    const sections = {} as Record<SectionName, [number, number]>;
    const section = async (name: SectionName, body: () => Promise<void>) => {
      const start = out.position;
      await body();
      sections[name] = [start, out.position - start];
    };
    const blob = (name: SectionName, offsets: Int32Array, count: number, bytesOf: (i: number) => Buffer | string) =>
      section(name, async () => {
        const start = out.position;
        for (let i = 0; i < count; i++) {
          offsets[i] = out.position - start;
          const bytes = bytesOf(i);
          if (typeof bytes === 'string' ? out.pushString(bytes) : out.push(bytes)) await out.drain();
        }
        offsets[count] = out.position - start;
      });

    await out.write(START_MAGIC);
    await section('ids', async () => {
      // UTF-16LE, offsets in characters: the reader decodes the whole section to one string and slices ids from it.
      const start = out.position;
      for (let i = 0; i < nodes; i++) {
        arrays.idOffsets[i] = (out.position - start) / 2;
        if (out.pushString(core.idAt(order[i] as number), 'utf16le')) await out.drain();
      }
      arrays.idOffsets[nodes] = (out.position - start) / 2;
    });
    const texts = new TextSink();
    await blob('nodeProps', arrays.nodePropOffsets, nodes, (i) => {
      const slot = order[i] as number;
      const record = core.madeRecord(slot);
      arrays.labels[i] = NODE_LABELS.indexOf(record?.label ?? base.labelAt(slot));
      const loaded = record?.propsIfLoaded;
      if (!loaded && !base.hasTextRefs(slot)) return base.rawNodeProps(slot);
      const stored = loaded ? { props: loaded, fingerprint: record?.fingerprint ?? null } : base.nodeProps(slot);
      const { json, textRefs } = encodeNodeProps(record?.label ?? base.labelAt(slot), stored.props, stored.fingerprint, texts);
      if (textRefs) arrays.flags[i] = TEXT_REFS_FLAG;
      return json;
    });
    await section('texts', async () => {
      for (const part of texts.parts) if (typeof part === 'string' ? out.pushString(part, 'utf16le') : out.push(part)) await out.drain();
    });
    await section('edgeProps', async () => {
      const first = out.position;
      let e = 0;
      /** Records one relationship; true when the writer wants draining. */
      const put = (start: number, type: EdgeRecord['type'], end: number, props: Buffer | string, explicitId: string | null): boolean => {
        arrays.edgeTypes[e] = RELATIONSHIP_TYPES.indexOf(type);
        arrays.edgeStarts[e] = start;
        arrays.edgeEnds[e] = end;
        arrays.edgePropOffsets[e] = out.position - first;
        if (explicitId !== null) explicitIds.push([e, explicitId]);
        e++;
        return typeof props === 'string' ? out.pushString(props) : out.push(props);
      };
      for (let i = 0; i < nodes; i++) {
        arrays.outStart[i] = e;
        const slot = order[i] as number;
        const loaded = core.madeRecord(slot)?.outIfLoaded;
        if (loaded) {
          for (const edge of loaded) if (put(i, edge.type, newSlot[edge.end.slot] as number, edgeProps(edge, base), edge.explicitId)) await out.drain();
        } else if (slot < base.nodeCount) {
          const { outStart, edgeEnds, explicitIds: ids } = base.sections;
          for (let b = outStart[slot] as number; b < (outStart[slot + 1] as number); b++) {
            if (core.deadEdges[b]) continue;
            if (put(i, base.edgeType(b), newSlot[edgeEnds[b] as number] as number, base.rawEdgeProps(b), ids.get(b) ?? null)) await out.drain();
          }
        }
      }
      arrays.outStart[nodes] = e;
      arrays.edgePropOffsets[e] = out.position - first;
      // The counters and the adjacency must agree, or the file would not load.
      if (e !== edges) throw new Error(`writeSnapshot: ${e} relationships found, ${edges} counted`);
    });
    indexInEdges(arrays.edgeEnds, arrays.inStart, arrays.inEdges, nodes);
    const adoption = buildAdoptionArrays(nodes, { types: arrays.edgeTypes, starts: arrays.edgeStarts, ends: arrays.edgeEnds, dead: null });
    Object.assign(arrays, {
      adoptionParent: adoption.parent,
      localitiesStart: adoption.localitiesOf.start, localitiesList: adoption.localitiesOf.list,
      mechanismsStart: adoption.mechanismsOf.start, mechanismsList: adoption.mechanismsOf.list,
      practicesStart: adoption.practicesOf.start, practicesList: adoption.practicesOf.list,
    });
    await section('words', () => out.write(Buffer.from(`${JSON.stringify(postings.words)}\n`, 'utf8')));
    await section('explicitIds', () => out.write(Buffer.from(`${JSON.stringify(explicitIds)}\n`, 'utf8')));
    for (const name of Object.keys(ARRAY_SECTIONS) as ArraySectionName[]) {
      await out.align(8);
      await section(name, () => out.write(arrays[name]));
    }
    const footer: SnapshotFooter = {
      format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, written: new Date().toISOString(), nodes, relationships: edges,
      counts: { nodes: { ...core.nodeCounts }, relationships: { ...core.edgeCounts } }, crc32: out.checksum, sections,
    };
    const footerBytes = Buffer.from(JSON.stringify(footer), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footerBytes.length);
    await out.write(footerBytes);
    await out.write(length);
    await out.write(END_MAGIC);
  });
}

/** A relationship's stored properties: its snapshot bytes if never read, else encoded anew. */
function edgeProps(edge: EdgeRecord, base: GraphCore['base']): Buffer | string {
  if (!edge.propsIfLoaded && edge.baseIndex >= 0) return base.rawEdgeProps(edge.baseIndex);
  return encodeEdgeProps(edge.type, edge.props, (key) => edgeValue(edge, key) ?? null) ?? '';
}

/** In-edges grouped by end node (a counting sort), so a node's in-edges are one range. */
function indexInEdges(ends: Int32Array, inStart: Int32Array, inEdges: Int32Array, nodes: number): void {
  for (const end of ends) inStart[end + 1] = (inStart[end + 1] as number) + 1;
  for (let s = 1; s <= nodes; s++) inStart[s] = (inStart[s] as number) + (inStart[s - 1] as number);
  const fill = inStart.slice(0, nodes);
  ends.forEach((end, e) => {
    inEdges[fill[end] as number] = e;
    fill[end] = (fill[end] as number) + 1;
  });
}

