/**
 * What the current transaction still owes the derived tables: practices whose places and adoption counts are to be
 * added, and localities whose new PART_OF edge changes the ancestors below them. A batch of bulletins settles them
 * all at once before it commits (one set-based pass instead of one per bulletin). A bulletin replaced within the
 * same batch takes its practices back out before they were ever counted.
 */
import { adjustCounts } from './adjust-counts';
import { extendHierarchy, placePractices } from './place-hierarchy';
import type { Sql } from './sqlite-connection';

interface Owed {
  ids: Set<string>;
  children: Set<string>;
}

export class PendingPractices {
  private ids = new Set<string>();
  private children = new Set<string>();

  add(ids: readonly string[]): void {
    for (const id of ids) this.ids.add(id);
  }

  /** Localities that got a new parent (PART_OF child → parent). */
  reparent(children: readonly string[]): void {
    for (const id of children) this.children.add(id);
  }

  /** Forgets the pending ones among `ids` and returns the others: those whose contribution is counted already. */
  takeCounted(ids: readonly string[]): string[] {
    return ids.filter((id) => !this.ids.delete(id));
  }

  /** For undoing a savepoint: what is pending now, and putting it back. */
  snapshot(): Owed {
    return { ids: new Set(this.ids), children: new Set(this.children) };
  }

  restore(snapshot: Owed): void {
    this.ids = snapshot.ids;
    this.children = snapshot.children;
  }

  /** Extends the hierarchy, then places and counts every pending practice; call before the transaction commits. */
  settle(sql: Sql): void {
    const ids = [...this.ids];
    const children = [...this.children];
    this.ids.clear();
    this.children.clear();
    extendHierarchy(sql, children);
    placePractices(sql, ids);
    adjustCounts(sql, ids, 1);
  }
}
