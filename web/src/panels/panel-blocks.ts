/** Building blocks shared by the detail panels: a heading with the label's swatch, sections, chips, fact lists. */
import type { ApiNode, NodeLabel } from '../api/types';
import { h, type Child } from '../dom/element';
import { labelSwatch } from '../graph/legend';
import { LABEL_STYLES } from '../graph/label-styles';
import type { Translate } from '../i18n/translate';

export function panelHeading(
  t: Translate,
  { label, title, extra = [] }: { label: NodeLabel; title: string; extra?: Child[] },
): HTMLElement {
  return h(
    'header',
    { class: 'panel-heading' },
    h('span', { class: 'kind', style: `--c:${LABEL_STYLES[label].ink}` }, labelSwatch(label), t(`label.${label}`)),
    h('h2', {}, title),
    ...extra,
  );
}

export function section(title: string, ...children: (Child | Child[])[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...children);
}

/** A clickable chip naming a node, in its label's colour. */
export function nodeChip(
  node: { id: string; label: NodeLabel; caption: string },
  { onClick, note }: { onClick: (id: string) => void; note?: string },
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'chip',
      style: `--c:${LABEL_STYLES[node.label].color}`,
      'data-id': node.id,
      onclick: () => onClick(node.id),
    },
    node.caption,
    note ? h('span', { class: 'chip-note' }, note) : null,
  );
}

export function plainChip(text: string): HTMLElement {
  return h('span', { class: 'chip plain' }, text);
}

/** A definition list of the facts that are present (null values are left out). */
export function facts(rows: [string, Child | Child[]][]): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, value]) => value !== null && value !== '' && value !== undefined)
      .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])
      .flat(),
  );
}

export function loadingNote(t: Translate): HTMLElement {
  return h('p', { class: 'muted' }, t('common.loading'));
}

export function errorNote(t: Translate, message: string): HTMLElement {
  return h('p', { class: 'error' }, t('common.error', { message }));
}

export function asChipNode(node: ApiNode): { id: string; label: NodeLabel; caption: string } {
  return { id: node.id, label: node.label, caption: node.caption };
}
