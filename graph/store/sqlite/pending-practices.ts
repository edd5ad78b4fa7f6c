/**
 * What the current transaction still owes the derived tables: practices whose places and adoption counts are to be
 * added, localities whose new PART_OF edge changes the ancestors below them, and full-text rows to write. A batch of
 * bulletins settles them all at once before it commits (one set-based pass instead of one per bulletin). A bulletin
 * replaced within the same batch takes its practices back out before they were ever counted.
 *
 * Full-text rows wait for the settle because FTS5 writes its in-memory terms to disk as a new segment at every
 * savepoint and every statement journal: written as they came, a 200-bulletin batch left hundreds of small segments
 * for FTS5 to merge again and again. Written last and in row order, the batch adds one segment per label.
 */
import type { PropertyValue } from '../../graph-document';
import type { NodeLabel } from '../../schema';
import { adjustCounts } from './adjust-counts';
import { extendHierarchy, placePractices } from './place-hierarchy';
import { writeIndexRows, type IndexedProperties, type IndexQueue } from './search-index';
import type { Sql } from './sqlite-connection';

/** A position in the undo journal (savepoint undo). */
export type PendingMark = number;

export class PendingPractices implements IndexQueue {
  private readonly ids = new Set<string>();
  private readonly children = new Set<string>();
  private readonly indexRows = new Map<NodeLabel, Map<number, IndexedProperties>>();
  /** Undoes each change since the transaction began, newest last. */
  private journal: (() => void)[] = [];

  add(ids: readonly string[]): void {
    for (const id of ids) {
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      this.journal.push(() => this.ids.delete(id));
    }
  }

  /** Localities that got a new parent (PART_OF child → parent). */
  reparent(children: readonly string[]): void {
    for (const id of children) {
      if (this.children.has(id)) continue;
      this.children.add(id);
      this.journal.push(() => this.children.delete(id));
    }
  }

  /** Forgets the pending ones among `ids` and returns the others: those whose contribution is counted already. */
  takeCounted(ids: readonly string[]): string[] {
    return ids.filter((id) => {
      if (!this.ids.delete(id)) return true;
      this.journal.push(() => this.ids.add(id));
      return false;
    });
  }

  /** The full-text row of node `num` is to be (re)written with these properties when the transaction settles. */
  index(label: NodeLabel, num: number, properties: Record<string, PropertyValue | undefined>): void {
    let rows = this.indexRows.get(label);
    if (!rows) this.indexRows.set(label, (rows = new Map()));
    const table = rows;
    const before = table.get(num);
    table.set(num, properties);
    this.journal.push(() => (before === undefined ? table.delete(num) : table.set(num, before)));
  }

  /** True when node `num`'s row is waiting here, so the full-text index holds none for it yet. */
  isIndexPending(label: NodeLabel, num: number): boolean {
    return this.indexRows.get(label)?.has(num) ?? false;
  }

  /** Forgets every waiting row of `label` (its index was emptied and is being rebuilt). */
  dropIndexRows(label: NodeLabel): void {
    const rows = this.indexRows.get(label);
    if (!rows) return;
    for (const [num, properties] of rows) this.journal.push(() => rows.set(num, properties));
    rows.clear();
  }

  /** For undoing a savepoint: where the journal is now, and going back there. */
  snapshot(): PendingMark {
    return this.journal.length;
  }

  restore(mark: PendingMark): void {
    while (this.journal.length > mark) (this.journal.pop() as () => void)();
  }

  /**
   * Extends the hierarchy, places and counts every pending practice, then writes the full-text rows of the nodes
   * still stored; call last before the transaction commits.
   */
  settle(sql: Sql): void {
    const ids = [...this.ids];
    const children = [...this.children];
    this.ids.clear();
    this.children.clear();
    this.journal = [];
    extendHierarchy(sql, children);
    placePractices(sql, ids);
    adjustCounts({ sql, practiceIds: ids, sign: 1 });
    for (const [label, rows] of this.indexRows) writeIndexRows({ sql, label, rows });
    this.indexRows.clear();
  }
}
