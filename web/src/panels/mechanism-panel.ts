/** A mechanism: its description and aliases, the family it belongs to, its adopting localities and their timeline. */
import { parseProperties, stringListProperty, stringProperty } from '../api/node-properties';
import { DIFFUSION_QUERY, MECHANISM_FAMILY_QUERY } from '../api/queries';
import type { ApiNode, Diffusion, MechanismFamily } from '../api/types';
import { h } from '../dom/element';
import { diffusionTimeline } from './diffusion-timeline';
import { asChipNode, facts, nodeChip, panelHeading, plainChip, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

export async function mechanismPanel(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  const { t, actions, request } = context;
  const properties = parseProperties(node.properties);
  const name = stringProperty(properties, 'name') ?? node.caption;
  const [{ diffusion }, { mechanismFamily: family }] = await Promise.all([
    request<{ diffusion: Diffusion | null }>(DIFFUSION_QUERY, { mechanism: name }),
    request<{ mechanismFamily: MechanismFamily | null }>(MECHANISM_FAMILY_QUERY, { mechanism: name }),
  ]);
  const aliases = stringListProperty(properties, 'aliases');
  const curated = properties['curated'];
  const events = diffusion?.events ?? [];
  return h(
    'article',
    { class: 'panel mechanism-panel', 'data-id': node.id },
    panelHeading(t, 'Mechanism', name),
    facts([
      [t('mechanism.description'), stringProperty(properties, 'description')],
      [t('mechanism.aliases'), aliases.length ? h('span', { class: 'chips' }, aliases.map(plainChip)) : null],
      [t('mechanism.category'), stringProperty(properties, 'category')],
      [t('mechanism.origin'), typeof curated === 'boolean' ? t(curated ? 'mechanism.curated' : 'mechanism.discovered') : null],
    ]),
    section(
      t('mechanism.family'),
      family
        ? [
            h('p', { class: 'muted small' }, t('mechanism.familyName', { name: family.name, count: family.members.length })),
            h('div', { class: 'chips' }, family.members.map((m) => nodeChip(asChipNode(m.mechanism), actions.open, m.mechanism.id === node.id ? undefined : t('mechanism.cooccurrences', { count: m.cooccurrences })))),
          ]
        : h('p', { class: 'muted' }, t('mechanism.familyNone')),
    ),
    section(
      t('mechanism.adopters', { count: events.length }),
      h('div', { class: 'chips' }, events.map((e) => nodeChip(asChipNode(e.locality), actions.open, String(e.practiceIds.length)))),
    ),
    events.length ? section(t('mechanism.timeline'), diffusionTimeline(events, t, actions.open)) : null,
  );
}
