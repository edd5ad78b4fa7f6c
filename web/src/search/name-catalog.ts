/**
 * The names pinyin search runs over: mechanisms and localities, fetched page by page once and keyed lazily
 * (the pinyin module and its dictionary load only when someone first types Latin letters).
 */
import type { Request } from '../api/graphql-client';
import { LOCALITIES_QUERY, MECHANISMS_QUERY } from '../api/queries';
import type { ApiNode, LocalitiesQuery, MechanismsQuery } from '../api/types';
import type { Hit } from './group-hits';

/** Server page size cap (READ_CAPS.pageSize) and how many pages of each kind the catalog reads at most. */
const PAGE = 200;
const MAX_PAGES = 10;

export type PinyinSearch = (query: string, limit: number) => Promise<Hit[]>;

export function createPinyinSearch(request: Request): PinyinSearch {
  let ready: Promise<(query: string, limit: number) => Hit[]> | null = null;
  return async (query, limit) => {
    ready ??= prepare(request).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return (await ready)(query, limit);
  };
}

async function prepare(request: Request): Promise<(query: string, limit: number) => Hit[]> {
  const [{ pinyinKey, matchPinyin }, nodes] = await Promise.all([import('./pinyin-match'), catalogNodes(request)]);
  const entries = nodes.map((node) => ({ node, key: pinyinKey(node.caption) }));
  return (query, limit) => {
    const hits: Hit[] = [];
    for (const entry of entries) {
      const match = matchPinyin(entry.key, query);
      if (match) hits.push({ node: entry.node, label: entry.node.label, score: match.score });
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  };
}

async function catalogNodes(request: Request): Promise<ApiNode[]> {
  const nodes: ApiNode[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const { mechanisms } = await request<MechanismsQuery>(MECHANISMS_QUERY, { offset: page * PAGE, limit: PAGE });
    nodes.push(...mechanisms.items.map((item) => item.mechanism));
    if ((page + 1) * PAGE >= mechanisms.total) break;
  }
  for (let page = 0; page < MAX_PAGES; page++) {
    const { localities } = await request<LocalitiesQuery>(LOCALITIES_QUERY, { offset: page * PAGE, limit: PAGE });
    nodes.push(...localities.items.map((item) => item.locality));
    if ((page + 1) * PAGE >= localities.total) break;
  }
  return nodes;
}
