/** Pages of search hits, localities and mechanisms with their graph nodes presented. */
import type { LocalityCount, MechanismCount, Page, SearchHit } from '../../graph/store/graph-store';
import { presentNode } from './graph-elements';

function presentPage<T, U>(page: Page<T>, present: (item: T) => U) {
  return { items: page.items.map(present), total: page.total, offset: page.offset, limit: page.limit };
}

export const presentSearchPage = (page: Page<SearchHit>) =>
  presentPage(page, (hit) => ({ ...hit, node: presentNode(hit.node) }));

export const presentLocalityPage = (page: Page<LocalityCount>) =>
  presentPage(page, (item) => ({ ...item, locality: presentNode(item.locality) }));

export const presentMechanismPage = (page: Page<MechanismCount>) =>
  presentPage(page, (item) => ({ ...item, mechanism: presentNode(item.mechanism) }));
