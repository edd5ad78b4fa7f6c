/**
 * The search box: Chinese text goes to the server's full-text search; Latin letters are also read as pinyin
 * (initials or full) against the mechanism and locality names. Hits are grouped by kind; Enter opens the first.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { parseProperties, stringProperty } from '../api/node-properties';
import { SEARCH_QUERY } from '../api/queries';
import type { ApiNode, Listing, SearchHit } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { labelSwatch } from '../graph/legend';
import { levelLabel } from '../i18n/level-label';
import type { Translate } from '../i18n/translate';
import { groupHits, type Hit } from './group-hits';
import { createPinyinSearch } from './name-catalog';
import { isPinyinQuery } from './pinyin-query';

const DEBOUNCE_MS = 200;
const LIMIT = 40;
/** Pinyin hits rank above text hits for a Latin query: the user typed a name's sound, not its characters. */
const PINYIN_BONUS = 10;

export interface SearchBoxOptions {
  request: Request;
  t: Translate;
  initial: string;
  onQuery(text: string): void;
  onPick(node: ApiNode): void;
}

export function createSearchBox({ request, t, initial, onQuery, onPick }: SearchBoxOptions): HTMLElement {
  const pinyinSearch = createPinyinSearch(request);
  const input = h('input', { type: 'search', class: 'search-input', placeholder: t('search.placeholder'), 'aria-label': t('search.title'), autocomplete: 'off' });
  input.value = initial;
  const results = h('div', { class: 'search-results', role: 'listbox' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let first: ApiNode | null = null;

  async function run(text: string): Promise<void> {
    const current = ++generation;
    if (text === '') {
      first = null;
      replaceChildren(results);
      return;
    }
    results.classList.add('loading');
    try {
      const { hits, total, pinyinIds } = await find(text);
      if (current !== generation) return;
      render(text, hits, total, pinyinIds);
    } catch (error) {
      if (current === generation) replaceChildren(results, h('p', { class: 'error' }, t('common.error', { message: errorMessage(error) })));
    } finally {
      if (current === generation) results.classList.remove('loading');
    }
  }

  async function find(text: string): Promise<{ hits: Hit[]; total: number; pinyinIds: Set<string> }> {
    const latin = isPinyinQuery(text);
    const [server, pinyin] = await Promise.all([
      request<{ search: Listing<SearchHit> }>(SEARCH_QUERY, { text, limit: LIMIT }),
      latin ? pinyinSearch(text, LIMIT) : Promise.resolve([]),
    ]);
    const hits = [...server.search.items, ...pinyin.map((hit) => ({ ...hit, score: hit.score + PINYIN_BONUS }))];
    return { hits, total: server.search.total + pinyin.length, pinyinIds: new Set(pinyin.map((hit) => hit.node.id)) };
  }

  function render(text: string, hits: Hit[], total: number, pinyinIds: Set<string>): void {
    const groups = groupHits(hits);
    first = groups[0]?.hits[0]?.node ?? null;
    if (groups.length === 0) {
      replaceChildren(results, h('p', { class: 'muted' }, t('search.none', { q: text })));
      return;
    }
    const shown = groups.reduce((sum, g) => sum + g.hits.length, 0);
    replaceChildren(
      results,
      groups.map((group) =>
        h(
          'section',
          { class: 'hit-group', 'data-label': group.label },
          h('h3', {}, labelSwatch(group.label), t(`label.${group.label}`), h('span', { class: 'count' }, group.hits.length)),
          h('ul', {}, group.hits.map((hit) => hitItem(hit, pinyinIds.has(hit.node.id)))),
        ),
      ),
      total > shown ? h('p', { class: 'muted small' }, t('search.more', { total, shown })) : null,
    );
  }

  function hitItem(hit: Hit, byPinyin: boolean): HTMLElement {
    return h(
      'li',
      { class: 'hit', role: 'option', tabindex: 0, 'data-id': hit.node.id, onclick: () => onPick(hit.node), onkeydown: (e) => (e as KeyboardEvent).key === 'Enter' && onPick(hit.node) },
      h('span', { class: 'hit-caption' }, hit.node.caption),
      byPinyin ? h('span', { class: 'tag' }, t('search.pinyin')) : null,
      h('span', { class: 'hit-note' }, hitNote(hit.node, t)),
    );
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    timer = setTimeout(() => {
      onQuery(text);
      void run(text);
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && first) onPick(first);
  });
  if (initial.trim()) void run(initial.trim());
  return h('div', { class: 'search' }, input, results);
}

/** A grey note beside a hit: a practice's date, a locality's level, a mechanism's category. */
function hitNote(node: ApiNode, t: Translate): string {
  const properties = parseProperties(node.properties);
  if (node.label === 'Locality') return levelLabel(t, stringProperty(properties, 'level'));
  return stringProperty(properties, 'date') ?? '';
}
