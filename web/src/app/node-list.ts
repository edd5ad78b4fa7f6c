/**
 * The text alternative of the canvas: the shown nodes as a list (kind, caption, practices, date), most important
 * first, each a button that selects its node — so the graph can be read and driven without seeing it.
 */
import { h, replaceChildren } from '../dom/element';
import { captionRank } from '../graph/label-priority';
import type { NodeData } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';

/** Nodes listed at most (the rest are summed up). */
const LISTED = 400;

/** `update` takes a reader of the shown nodes: the list is built only while it is open (it costs a page of DOM). */
export function createNodeList(
  t: Translate,
  onPick: (id: string) => void,
): { element: HTMLElement; update(read: () => readonly NodeData[]): void } {
  const summary = h('summary', {}, t('nodes.title', { count: 0 }));
  const list = h('ol', { class: 'node-list' });
  const more = h('p', { class: 'muted small' });
  const element = h('details', { class: 'node-list-box', id: 'canvas-nodes' }, summary, list, more);
  let reader: () => readonly NodeData[] = () => [];
  element.addEventListener('toggle', () => render());
  function render(): void {
    const nodes = reader();
    replaceChildren(summary, t('nodes.title', { count: nodes.length }));
    if (!element.open) return;
    const ordered = [...nodes].sort((a, b) => captionRank(a) - captionRank(b) || (a.caption < b.caption ? -1 : 1));
    replaceChildren(
      list,
      ordered
        .slice(0, LISTED)
        .map((node) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', 'data-id': node.id, onclick: () => onPick(node.id) },
              node.caption,
            ),
            h(
              'span',
              { class: 'muted small' },
              [
                t(`label.${node.label}`),
                node.count !== null ? t('count.practices', { count: node.count }) : null,
                node.date,
                node.places.join('、') || null,
              ]
                .filter(Boolean)
                .join(' · '),
            ),
          ),
        ),
    );
    replaceChildren(more, nodes.length > LISTED ? t('nodes.more', { count: nodes.length - LISTED }) : '');
  }
  return {
    element,
    update(read) {
      reader = read;
      render();
    },
  };
}
