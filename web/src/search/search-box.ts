/**
 * The search box: Chinese text (simplified or traditional) goes to the server's full-text search; Latin letters are
 * also read as pinyin (initials or full) against the mechanism and locality names. Hits are grouped by kind, show
 * where and when they were reported, page on beyond the first 40, and are walked with the arrow keys (Enter opens).
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { NODE_CONTEXTS_QUERY, SEARCH_QUERY } from '../api/queries';
import type { ApiNode, NodeContext, NodeContextsQuery, SearchQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { Hit } from './group-hits';
import { renderHits, updateHitNotes, walkHits } from './hit-list';
import { createPinyinSearch, type PinyinSearch } from './name-catalog';
import { isPinyinQuery } from './pinyin-query';

const DEBOUNCE_MS = 200;
/** Hits a search asks for at once (the explorer pages beyond). */
export const SEARCH_PAGE = 40;
/** Pinyin hits rank above text hits for a Latin query: the user typed a name's sound, not its characters. */
const PINYIN_BONUS = 10;
/** Kinds whose hits carry a place and a date. */
const IN_CONTEXT = new Set(['Practice', 'Bulletin', 'Locality']);

export interface SearchBoxOptions {
  request: Request;
  t: Translate;
  initial: string;
  onQuery(text: string): void;
  onPick(node: ApiNode): void;
}

export function createSearchBox({ request, t, initial, onQuery, onPick }: SearchBoxOptions): HTMLElement {
  const pinyinSearch = createPinyinSearch(request);
  const { input, results } = searchElements(t);
  input.value = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let hits: Hit[] = [];
  let pinyinIds = new Set<string>();
  let total = 0;
  let served = 0;
  let query = '';
  const contexts = new Map<string, NodeContext>();

  async function run(text: string): Promise<void> {
    const current = ++generation;
    query = text;
    if (text === '') {
      hits = [];
      replaceChildren(results);
      return;
    }
    results.classList.add('loading');
    try {
      const { server, pinyin } = await searchBoth({ request, pinyinSearch, text });
      if (current !== generation) return;
      hits = [...server.search.items, ...pinyin.map((hit) => ({ ...hit, score: hit.score + PINYIN_BONUS }))];
      pinyinIds = new Set(pinyin.map((hit) => hit.node.id));
      total = server.search.total;
      served = server.search.items.length;
      render();
      void loadContexts(current);
    } catch (error) {
      if (current === generation)
        replaceChildren(results, h('p', { class: 'error' }, t('common.error', { message: errorMessage(error) })));
    } finally {
      if (current === generation) results.classList.remove('loading');
    }
  }

  async function more(): Promise<void> {
    const current = generation;
    const { search } = await request<SearchQuery>(SEARCH_QUERY, { text: query, offset: served, limit: SEARCH_PAGE });
    if (current !== generation) return;
    served += search.items.length;
    hits = [...hits, ...search.items];
    render();
    void loadContexts(current);
    results.querySelector<HTMLElement>(`.hit[data-id="${CSS.escape(search.items[0]?.node.id ?? '')}"]`)?.focus();
  }

  /** Places and dates of the hits that have them, in one request per page. */
  async function loadContexts(current: number): Promise<void> {
    const ids = hits
      .filter((hit) => IN_CONTEXT.has(hit.label) && !contexts.has(hit.node.id))
      .map((hit) => hit.node.id)
      .slice(0, 100);
    if (ids.length === 0) return;
    try {
      const { nodeContexts } = await request<NodeContextsQuery>(NODE_CONTEXTS_QUERY, { ids });
      for (const context of nodeContexts) contexts.set(context.id, context);
      if (current === generation) updateHitNotes({ results, t, hits, contexts: nodeContexts });
    } catch {
      // The hits stay usable without their places and dates.
    }
  }

  function render(): void {
    const page = { query, hits, pinyinIds, contexts, served, total, pageSize: SEARCH_PAGE };
    renderHits({ results, t, page, actions: { onPick, onKey: keys, onMore: () => void more() } });
  }

  function keys(event: KeyboardEvent, node: ApiNode | null): void {
    const target = walkHits(event, { results, input, node, hits });
    if (target) onPick(target);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    timer = setTimeout(() => {
      onQuery(text);
      void run(text);
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => keys(event, null));
  if (initial.trim()) void run(initial.trim());
  return h('div', { class: 'search' }, input, results);
}

/** The search field and the list of hits it controls. */
function searchElements(t: Translate): { input: HTMLInputElement; results: HTMLElement } {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: t('search.placeholder'),
    'aria-label': t('search.title'),
    autocomplete: 'off',
    'aria-controls': 'search-results',
  });
  const results = h('div', {
    class: 'search-results',
    id: 'search-results',
    role: 'listbox',
    'aria-label': t('search.results'),
  });
  return { input, results };
}

/** The server's first page of text hits and, for a Latin query, the pinyin matches of the names. */
async function searchBoth({
  request,
  pinyinSearch,
  text,
}: {
  request: Request;
  pinyinSearch: PinyinSearch;
  text: string;
}): Promise<{ server: SearchQuery; pinyin: Hit[] }> {
  const [server, pinyin] = await Promise.all([
    request<SearchQuery>(SEARCH_QUERY, { text, offset: 0, limit: SEARCH_PAGE }),
    isPinyinQuery(text) ? pinyinSearch(text, SEARCH_PAGE) : Promise.resolve([]),
  ]);
  return { server, pinyin };
}
