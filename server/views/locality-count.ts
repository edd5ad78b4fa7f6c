/**
 * A locality's distinct practices (at or below it), from the port's `localities` listing of its level, which is
 * ordered by practices: a busy locality is on the first page. Null when it is not found within the pages read.
 */
import type { LocalityLevel } from '../../graph/schema';
import { LOCALITY_LEVELS } from '../../graph/schema';
import { READ_CAPS, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';

/** Pages read at most (10 × 200 localities of one level). */
const MAX_PAGES = 10;

export async function localityCount({
  store,
  code,
  level,
  options,
}: {
  store: GraphStore;
  code: string;
  level: string;
  options?: ReadOptions;
}): Promise<number | null> {
  if (!(LOCALITY_LEVELS as readonly string[]).includes(level)) return null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const listing = await store.localities(
      { level: level as LocalityLevel, offset: page * READ_CAPS.pageSize, limit: READ_CAPS.pageSize },
      options,
    );
    const found = listing.items.find((item) => item.locality.properties['code'] === code);
    if (found) return found.practices;
    if ((page + 1) * READ_CAPS.pageSize >= listing.total) return null;
  }
  return null;
}
