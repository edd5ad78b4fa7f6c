/**
 * The localities of one level inside a province or city, by administrative code: GB/T 2260 codes nest, so a
 * province's units share its first two digits and a city's its first four (340000 → 34…, 340800 → 3408…). Read from
 * the port's `localities` listing of that level (localities with practices only), page by page.
 */
import type { RollupLevel } from '../../graph/schema';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';

/** Pages read at most: 40 × 200 localities covers every county of China. */
const MAX_PAGES = 40;

export async function regionCodes({
  store,
  region,
  level,
  options,
}: {
  store: GraphStore;
  region: string;
  level: RollupLevel;
  options?: ReadOptions;
}): Promise<string[]> {
  const prefix = regionPrefix(region);
  const codes: string[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const listing = await store.localities(
      { level, offset: page * READ_CAPS.pageSize, limit: READ_CAPS.pageSize },
      options,
    );
    for (const item of listing.items) {
      const code = item.locality.properties['code'];
      if (typeof code === 'string' && code.startsWith(prefix)) codes.push(code);
    }
    if ((page + 1) * READ_CAPS.pageSize >= listing.total) break;
  }
  return codes;
}

/** The prefix shared by every code under a province or city code: 340000 → 34, 340800 → 3408, 340882 → 340882. */
export function regionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) return code;
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}
