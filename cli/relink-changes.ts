/**
 * What a relink changed, for its report: per practice the mechanisms it used before and after; over the graph the
 * mechanisms gained (used now, by no practice before), lost (used before, by none now) and merged (a lost name that is
 * now an alias of a mechanism in use: a merge or a rename in the overlay).
 */
import type { GraphDocument } from '../graph/graph-document';
import { compareText } from '../graph/store/first-reports';
import type { StoredBulletin } from '../graph/store/graph-store';

export interface RelinkChanges {
  practices: number;
  /** Practices whose mechanisms changed. */
  touched: number;
  /** Name → the practices using it now, for names no practice used before. */
  gained: Map<string, number>;
  /** Name → the practices that used it before, for names no practice uses now. */
  lost: Map<string, number>;
  /** A lost name → the mechanism that holds it as an alias now. */
  merged: Map<string, string>;
}

export class RelinkChangeCounter {
  private readonly before = new Map<string, number>();
  private readonly after = new Map<string, number>();
  private readonly aliasOf = new Map<string, string>();
  private practices = 0;
  private touched = 0;

  /** One bulletin: as stored, and as linked again. */
  add(stored: StoredBulletin, relinked: GraphDocument): void {
    const names = new Map(
      relinked.nodes.filter((n) => n.labels[0] === 'Mechanism').map((n) => [n.id, String(n.properties.name)]),
    );
    for (const node of relinked.nodes) {
      const aliases = node.properties.aliases;
      if (node.labels[0] === 'Mechanism' && Array.isArray(aliases))
        for (const alias of aliases) this.aliasOf.set(alias, String(node.properties.name));
    }
    const now = new Map<string, Set<string>>();
    for (const r of relinked.relationships) {
      if (r.type !== 'USES') continue;
      const set = now.get(r.start) ?? new Set<string>();
      set.add(names.get(r.end) ?? r.end);
      now.set(r.start, set);
    }
    const seen = new Set<string>();
    for (const { practice, mechanisms } of stored.practices) {
      seen.add(practice.id);
      this.tally(mechanisms, [...(now.get(practice.id) ?? [])]);
    }
    // A practice the stored one did not have (none, while the stored texts are what is linked): counted as new.
    for (const [id, set] of now) if (!seen.has(id)) this.tally([], [...set]);
  }

  result(): RelinkChanges {
    const gained = new Map([...this.after].filter(([name]) => !this.before.has(name)).sort(byName));
    const lost = new Map([...this.before].filter(([name]) => !this.after.has(name)).sort(byName));
    const merged = new Map<string, string>();
    for (const name of lost.keys()) {
      const into = this.aliasOf.get(name);
      if (into !== undefined && this.after.has(into)) merged.set(name, into);
    }
    return { practices: this.practices, touched: this.touched, gained, lost, merged };
  }

  private tally(before: readonly string[], after: readonly string[]): void {
    this.practices++;
    for (const name of before) this.before.set(name, (this.before.get(name) ?? 0) + 1);
    for (const name of after) this.after.set(name, (this.after.get(name) ?? 0) + 1);
    const a = [...new Set(before)].sort(compareText).join('\n');
    const b = [...new Set(after)].sort(compareText).join('\n');
    if (a !== b) this.touched++;
  }
}

function byName(a: [string, number], b: [string, number]): number {
  return compareText(a[0], b[0]);
}

/** The report's lines (stdout): totals first, then the names, at most `shown` of each kind. */
export function formatRelinkChanges(changes: RelinkChanges, shown = 30): string[] {
  const list = (entries: [string, string][]) => {
    const head = entries
      .slice(0, shown)
      .map(([name, detail]) => `${name} (${detail})`)
      .join('、');
    return entries.length > shown ? `${head} … and ${entries.length - shown} more` : head;
  };
  const lines = [
    `relink: ${changes.practices} practice(s) linked again, ${changes.touched} touched (their mechanisms changed)`,
  ];
  const merged = [...changes.merged].map(([name, into]): [string, string] => [name, `→ ${into}`]);
  const lostOnly = [...changes.lost]
    .filter(([name]) => !changes.merged.has(name))
    .map(([name, n]): [string, string] => [name, `${n} practice(s)`]);
  const gained = [...changes.gained].map(([name, n]): [string, string] => [name, `${n} practice(s)`]);
  lines.push(`mechanisms gained: ${gained.length}${gained.length > 0 ? ` — ${list(gained)}` : ''}`);
  lines.push(`mechanisms lost: ${lostOnly.length}${lostOnly.length > 0 ? ` — ${list(lostOnly)}` : ''}`);
  lines.push(`mechanisms merged: ${merged.length}${merged.length > 0 ? ` — ${list(merged)}` : ''}`);
  return lines;
}
