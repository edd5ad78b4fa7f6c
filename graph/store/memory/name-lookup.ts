/**
 * Exact names of the shared nodes (locality names and short names, mechanism names and aliases, organization
 * names), so that a query that *is* a name ranks that node first: 潜山 → 潜山市, 双报到 → the mechanism.
 * Rebuilt lazily when a shared node changed, not on every practice written.
 */
import type { GraphCore } from './graph-core';
import { nodeValue, type NodeRecord } from './node-records';
import { normalizeText } from './text-terms';

const NAME_FIELDS = { Locality: ['name', 'shortName'], Mechanism: ['name', 'aliases'], Organization: ['name'] } as const;

export class NameLookup {
  private version = -1;
  private readonly names = new Map<string, NodeRecord[]>();

  find(core: GraphCore, text: string): readonly NodeRecord[] {
    if (this.version !== core.lookups.version) this.rebuild(core);
    return this.names.get(text) ?? [];
  }

  private rebuild(core: GraphCore): void {
    this.names.clear();
    for (const [label, fields] of Object.entries(NAME_FIELDS) as [keyof typeof NAME_FIELDS, readonly string[]][]) {
      for (const record of core.lookups.byLabel[label]) {
        for (const field of fields) {
          const value = nodeValue(record, field);
          for (const name of Array.isArray(value) ? value : [value]) {
            if (typeof name !== 'string' || name.length < 2) continue;
            const key = normalizeText(name);
            const list = this.names.get(key);
            if (!list) this.names.set(key, [record]);
            else if (!list.includes(record)) list.push(record);
          }
        }
      }
    }
    this.version = core.lookups.version;
  }
}
