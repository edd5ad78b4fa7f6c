/**
 * The right-hand panel: shows the selected node with the panel for its label, then the node's neighbours on the
 * canvas (a keyboard-reachable way into the graph). Answers for a node the user has already left are dropped.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { NODE_QUERY } from '../api/queries';
import { NODE_LABELS, type ApiNode, type NodeQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { localityPanel } from './locality-panel';
import { mechanismPanel } from './mechanism-panel';
import { errorNote, loadingNote, nodeChip, section } from './panel-blocks';
import type { PanelActions, PanelContext } from './panel-context';
import { practicePanel } from './practice-panel';
import { recordPanel } from './record-panel';

export interface DetailPanel {
  element: HTMLElement;
  show(id: string | null): Promise<void>;
}

export function createDetailPanel({
  request,
  t,
  actions,
}: {
  request: Request;
  t: Translate;
  actions: PanelActions;
}): DetailPanel {
  const element = h('div', { class: 'detail', 'aria-live': 'polite' });
  let generation = 0;

  async function show(id: string | null): Promise<void> {
    const current = ++generation;
    const context: PanelContext = { request, t, actions, isCurrent: () => current === generation };
    // An empty panel lets the map take the width (app.css).
    element.classList.toggle('empty', id === null);
    if (id === null) return replaceChildren(element, h('p', { class: 'muted empty-note' }, t('panel.empty')));
    replaceChildren(element, loadingNote(t));
    try {
      const { node } = await request<NodeQuery>(NODE_QUERY, { id });
      const panel = node ? await panelFor(node, context) : h('p', { class: 'error' }, t('panel.notFound', { id }));
      if (!context.isCurrent()) return;
      replaceChildren(element, panel, neighbourList(id, context));
    } catch (error) {
      if (context.isCurrent()) replaceChildren(element, errorNote(t, errorMessage(error)));
    }
  }

  return { element, show };
}

async function panelFor(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  switch (node.label) {
    case 'Practice':
      return (await practicePanel(node.id, context)) ?? recordPanel(node, context);
    case 'Mechanism':
      return mechanismPanel(node, context);
    case 'Locality':
      return localityPanel(node, context);
    default:
      return recordPanel(node, context);
  }
}

function neighbourList(id: string, { t, actions }: PanelContext): HTMLElement | null {
  const neighbours = actions.neighbours(id);
  if (neighbours.length === 0) return null;
  return h(
    'details',
    { class: 'neighbours', open: neighbours.length <= 40 },
    h('summary', {}, t('panel.neighbours', { count: neighbours.length })),
    NODE_LABELS.map((label) => {
      const group = neighbours.filter((n) => n.label === label);
      return group.length
        ? section(
            `${t(`label.${label}`)} (${group.length})`,
            h(
              'div',
              { class: 'chips' },
              group.map((n) => nodeChip(n, { onClick: actions.open })),
            ),
          )
        : null;
    }),
  );
}
