/** `kg search <text>`: full-text search over practices, mechanisms, localities and organizations. */
import { isNodeLabel, type NodeLabel } from '../../graph/schema';
import { StoreError } from '../../graph/store/store-error';
import { openStore, type StoreOptions } from '../open-store';

export interface SearchOptions extends StoreOptions {
  label?: string[];
  limit?: string;
}

export async function searchCommand(text: string, options: SearchOptions): Promise<number> {
  const labels = (options.label ?? []).map((label) => {
    if (!isNodeLabel(label)) throw new StoreError('InvalidInput', `unknown label "${label}"`);
    return label as NodeLabel;
  });
  const store = await openStore({ ...options, readOnly: true });
  try {
    const page = await store.search({ text, ...(labels.length ? { labels } : {}), limit: Number(options.limit ?? 20) });
    console.log(`${page.total} hit(s) for "${text}"`);
    for (const hit of page.items) {
      const p = hit.node.properties;
      const name = String(p.title ?? p.name ?? hit.node.id);
      console.log(`  ${hit.score.toFixed(2).padStart(6)}  ${hit.label.padEnd(12)} ${name}  (${hit.node.id})`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
