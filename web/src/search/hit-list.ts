/**
 * The search hits as a list: grouped by kind, each with a grey note of where and when (or a locality's level, a
 * mechanism's category), the count shown of the total and a button for the next page; arrow keys walk the hits.
 */
import { parseProperties, stringProperty } from '../api/node-properties';
import type { ApiNode, NodeContext } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { labelSwatch } from '../graph/legend';
import { levelLabel } from '../i18n/level-label';
import type { Translate } from '../i18n/translate';
import { vocabLabel } from '../i18n/vocab';
import { groupHits, type Hit } from './group-hits';

export interface HitPage {
  query: string;
  hits: Hit[];
  /** Hits that came from the pinyin match (tagged so). */
  pinyinIds: Set<string>;
  contexts: Map<string, NodeContext>;
  /** Server hits shown so far, and how many the server has. */
  served: number;
  total: number;
  /** How many the next page holds (the button's count). */
  pageSize: number;
}

export interface HitActions {
  onPick(node: ApiNode): void;
  onKey(event: KeyboardEvent, node: ApiNode): void;
  onMore(): void;
}

export function renderHits({
  results,
  t,
  page,
  actions,
}: {
  results: HTMLElement;
  t: Translate;
  page: HitPage;
  actions: HitActions;
}): void {
  const groups = groupHits(page.hits);
  if (groups.length === 0) {
    replaceChildren(results, h('p', { class: 'muted' }, t('search.none', { q: page.query })));
    return;
  }
  const { served, total, pinyinIds } = page;
  replaceChildren(
    results,
    groups.map((group) =>
      h(
        'section',
        { class: 'hit-group', 'data-label': group.label },
        h(
          'h3',
          {},
          labelSwatch(group.label),
          t(`label.${group.label}`),
          h('span', { class: 'count' }, group.hits.length),
        ),
        h(
          'ul',
          {},
          group.hits.map((hit) => hitItem(t, { hit, page, actions })),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted small search-total' },
      t('search.count', { shown: served + pinyinIds.size, count: total + pinyinIds.size }),
    ),
    served < total
      ? h(
          'button',
          { type: 'button', class: 'small-button more-hits', onclick: () => actions.onMore() },
          t('search.more', { count: Math.min(page.pageSize, total - served) }),
        )
      : null,
  );
}

function hitItem(t: Translate, { hit, page, actions }: { hit: Hit; page: HitPage; actions: HitActions }): HTMLElement {
  return h(
    'li',
    {
      class: 'hit',
      role: 'option',
      tabindex: 0,
      'data-id': hit.node.id,
      onclick: () => actions.onPick(hit.node),
      onkeydown: (e) => actions.onKey(e as KeyboardEvent, hit.node),
    },
    h('span', { class: 'hit-caption' }, hit.node.caption),
    page.pinyinIds.has(hit.node.id) ? h('span', { class: 'tag' }, t('search.pinyin')) : null,
    h('span', { class: 'hit-note' }, hitNote(t, { node: hit.node, context: page.contexts.get(hit.node.id) })),
  );
}

/** The notes of listed hits whose places and dates just arrived. */
export function updateHitNotes({
  results,
  t,
  hits,
  contexts,
}: {
  results: HTMLElement;
  t: Translate;
  hits: Hit[];
  contexts: NodeContext[];
}): void {
  for (const context of contexts) {
    const note = results.querySelector(`.hit[data-id="${CSS.escape(context.id)}"] .hit-note`);
    const hit = hits.find((x) => x.node.id === context.id);
    if (note && hit) note.textContent = hitNote(t, { node: hit.node, context });
  }
}

/** Arrow keys walk the hits (from the box into the list and back); returns the hit Enter opens, if any. */
export function walkHits(
  event: KeyboardEvent,
  { results, input, node, hits }: { results: HTMLElement; input: HTMLElement; node: ApiNode | null; hits: Hit[] },
): ApiNode | null {
  const items = [...results.querySelectorAll<HTMLElement>('.hit')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : at - 1;
    (next < 0 ? input : items[next])?.focus();
    return null;
  }
  if (event.key === 'Enter') return node ?? groupHits(hits)[0]?.hits[0]?.node ?? null;
  return null;
}

/** A grey note beside a hit: where and when (practices, bulletins), a locality's level and parent, a mechanism's category. */
function hitNote(t: Translate, { node, context }: { node: ApiNode; context: NodeContext | undefined }): string {
  const properties = parseProperties(node.properties);
  if (node.label === 'Locality')
    return [levelLabel(t, stringProperty(properties, 'level')), ...(context?.places ?? [])].filter(Boolean).join(' · ');
  if (node.label === 'Mechanism')
    return vocabLabel(t, { kind: 'category', value: stringProperty(properties, 'category') });
  const date = context?.date ?? stringProperty(properties, 'date');
  return [...(context?.places ?? []), date].filter(Boolean).join(' · ');
}
