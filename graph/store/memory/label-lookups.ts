/**
 * The lookups kept by label: the few nodes of the listed labels as sets (reads list and rank them), localities by
 * level, bulletins by source (how an edited file finds the bulletin it replaces). Metrics and practices, the bulk
 * of the graph, are never listed.
 */
import type { NodeLabel } from '../../schema';
import type { NodeRecord } from './node-records';

export type ListedLabel = 'Bulletin' | 'Locality' | 'Mechanism' | 'Organization';
export const LISTED_LABELS: readonly NodeLabel[] = ['Bulletin', 'Locality', 'Mechanism', 'Organization'];

export class LabelLookups {
  readonly byLabel: Record<ListedLabel, Set<NodeRecord>> = { Bulletin: new Set(), Locality: new Set(), Mechanism: new Set(), Organization: new Set() };
  readonly localitiesByLevel = new Map<string, Set<NodeRecord>>();
  readonly bulletinsBySource = new Map<string, NodeRecord>();
  /** Bumped when a listed node comes, goes or changes (the name lookup compares it). */
  version = 0;

  add(record: NodeRecord): void {
    if (!LISTED_LABELS.includes(record.label)) return;
    this.version++;
    this.byLabel[record.label as ListedLabel].add(record);
    const { level, source } = record.props;
    if (record.label === 'Locality' && typeof level === 'string') {
      let set = this.localitiesByLevel.get(level);
      if (!set) this.localitiesByLevel.set(level, (set = new Set()));
      set.add(record);
    }
    if (record.label === 'Bulletin' && typeof source === 'string') this.bulletinsBySource.set(source, record);
  }

  remove(record: NodeRecord): void {
    if (!LISTED_LABELS.includes(record.label)) return;
    this.version++;
    this.byLabel[record.label as ListedLabel].delete(record);
    const { level, source } = record.props;
    if (typeof level === 'string') this.localitiesByLevel.get(level)?.delete(record);
    if (typeof source === 'string' && this.bulletinsBySource.get(source) === record) this.bulletinsBySource.delete(source);
  }

  clear(): void {
    for (const set of Object.values(this.byLabel)) set.clear();
    this.localitiesByLevel.clear();
    this.bulletinsBySource.clear();
    this.version++;
  }
}
