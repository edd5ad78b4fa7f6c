/** Any other node (bulletin, organization, figure): its stored properties as a list. */
import { parseProperties } from '../api/node-properties';
import type { ApiNode } from '../api/types';
import { h } from '../dom/element';
import { facts, panelHeading, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

export function propertiesPanel(node: ApiNode, context: PanelContext): HTMLElement {
  const properties = parseProperties(node.properties);
  return h(
    'article',
    { class: `panel ${node.label.toLowerCase()}-panel`, 'data-id': node.id },
    panelHeading(context.t, node.label, node.caption),
    section(
      context.t('panel.properties'),
      facts(Object.entries(properties).map(([key, value]) => [key, Array.isArray(value) ? value.join('、') : value === null ? '' : String(value)])),
    ),
  );
}
