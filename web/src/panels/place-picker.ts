/**
 * Picks any locality by name (the full-text search over localities; Latin letters also as pinyin), for comparisons:
 * arrow keys move through the hits, Enter picks.
 */
import type { Request } from '../api/graphql-client';
import { parseProperties, stringProperty } from '../api/node-properties';
import { SEARCH_QUERY } from '../api/queries';
import type { ApiNode, SearchQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { levelLabel } from '../i18n/level-label';
import type { Translate } from '../i18n/translate';
import { createPinyinSearch } from '../search/name-catalog';
import { isPinyinQuery } from '../search/pinyin-query';

const HITS = 12;

export function createPlacePicker({
  request,
  t,
  onPick,
}: {
  request: Request;
  t: Translate;
  onPick(node: ApiNode): void;
}): HTMLElement {
  const pinyin = createPinyinSearch(request);
  const input = h('input', {
    type: 'search',
    class: 'place-input',
    placeholder: t('compare.placeholder'),
    'aria-label': t('compare.placeholder'),
    autocomplete: 'off',
  });
  const list = h('ul', { class: 'place-hits', role: 'listbox' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  async function run(text: string): Promise<void> {
    const current = ++generation;
    if (!text) return replaceChildren(list);
    const [server, byPinyin] = await Promise.all([
      request<SearchQuery>(SEARCH_QUERY, { text, labels: ['Locality'], limit: HITS }),
      isPinyinQuery(text) ? pinyin(text, HITS) : Promise.resolve([]),
    ]);
    if (current !== generation) return;
    const seen = new Set<string>();
    const nodes = [
      ...byPinyin.filter((hit) => hit.label === 'Locality').map((hit) => hit.node),
      ...server.search.items.map((hit) => hit.node),
    ].filter((n) => !seen.has(n.id) && seen.add(n.id));
    replaceChildren(
      list,
      nodes.length === 0
        ? h('li', { class: 'muted' }, t('search.none', { q: text }))
        : nodes.slice(0, HITS).map((node) => {
            const p = parseProperties(node.properties);
            return h(
              'li',
              {
                role: 'option',
                tabindex: -1,
                'data-id': node.id,
                class: 'place-hit',
                onclick: () => pick(node),
                onkeydown: (e) => keys(e as KeyboardEvent, node),
              },
              node.caption,
              h(
                'span',
                { class: 'muted small' },
                ` ${levelLabel(t, stringProperty(p, 'level'))} ${stringProperty(p, 'code') ?? ''}`,
              ),
            );
          }),
    );
  }

  function pick(node: ApiNode): void {
    replaceChildren(list);
    input.value = node.caption;
    onPick(node);
  }

  function keys(event: KeyboardEvent, node: ApiNode | null): void {
    const items = [...list.querySelectorAll<HTMLElement>('.place-hit')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : at - 1;
      (next < 0 ? input : items[next])?.focus();
    } else if (event.key === 'Enter' && node) pick(node);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim()), 200);
  });
  input.addEventListener('keydown', (event) => keys(event, null));
  return h('div', { class: 'place-picker' }, input, list);
}
