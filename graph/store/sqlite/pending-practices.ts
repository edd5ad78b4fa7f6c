/**
 * Practices written in the current transaction whose places and adoption counts are still to be added: a batch of
 * bulletins settles them all at once before it commits (one set-based pass instead of one per bulletin). A bulletin
 * replaced within the same batch takes its practices back out before they were ever counted.
 */
import { adjustCounts } from './adjust-counts';
import { placePractices } from './place-hierarchy';
import type { Sql } from './sqlite-connection';

export class PendingPractices {
  private ids = new Set<string>();

  add(ids: readonly string[]): void {
    for (const id of ids) this.ids.add(id);
  }

  /** Forgets the pending ones among `ids` and returns the others: those whose contribution is counted already. */
  takeCounted(ids: readonly string[]): string[] {
    return ids.filter((id) => !this.ids.delete(id));
  }

  /** For undoing a savepoint: what is pending now, and putting it back. */
  snapshot(): Set<string> {
    return new Set(this.ids);
  }

  restore(snapshot: Set<string>): void {
    this.ids = snapshot;
  }

  /** Places and counts every pending practice; call before the transaction commits. */
  settle(sql: Sql): void {
    const ids = [...this.ids];
    this.ids.clear();
    placePractices(sql, ids);
    adjustCounts(sql, ids, 1);
  }
}
