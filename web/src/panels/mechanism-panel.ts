/**
 * A mechanism: its description, category and aliases; curated or discovered and how it was found (the rules that
 * linked it, with one evidence sentence); where it is reported (a diffusion chart per level, undated
 * adopters counted apart, and the map); the mechanisms used in the same practices (pairwise counts); its family; and
 * the first report in each adopting place.
 */
import { parseProperties, stringListProperty, stringProperty, type Properties } from '../api/node-properties';
import {
  COOCCURRENCE_QUERY,
  DIFFUSION_QUERY,
  MECHANISM_FAMILY_QUERY,
  MECHANISM_USAGE_QUERY,
  SPREAD_LEVELS_QUERY,
} from '../api/queries';
import type {
  ApiNode,
  CooccurrenceQuery,
  DiffusionQuery,
  MechanismFamilyQuery,
  MechanismUsageQuery,
  SpreadLevelsQuery,
} from '../api/types';
import { diffusionChart } from '../charts/diffusion-chart';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { vocabLabel } from '../i18n/vocab';
import { diffusionTimeline } from './diffusion-timeline';
import { asChipNode, facts, nodeChip, panelHeading, plainChip, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

const COOCCURRING = 12;

export async function mechanismPanel(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  const { t, actions, request } = context;
  const properties = parseProperties(node.properties);
  const name = stringProperty(properties, 'name') ?? node.caption;
  const [{ diffusion }, { mechanismFamily: family }, levels, { cooccurrence }, { mechanismUsage: usage }] =
    await Promise.all([
      request<DiffusionQuery>(DIFFUSION_QUERY, { mechanism: name }),
      request<MechanismFamilyQuery>(MECHANISM_FAMILY_QUERY, { mechanism: name }),
      request<SpreadLevelsQuery>(SPREAD_LEVELS_QUERY, { mechanism: name, family: false }),
      request<CooccurrenceQuery>(COOCCURRENCE_QUERY, { mechanism: name, limit: COOCCURRING }),
      request<MechanismUsageQuery>(MECHANISM_USAGE_QUERY, { mechanism: name }),
    ]);
  const events = diffusion?.events ?? [];
  return h(
    'article',
    { class: 'panel mechanism-panel', 'data-id': node.id },
    panelHeading(t, { label: 'Mechanism', title: name, extra: [mapButton(t, () => actions.showOnMap(name))] }),
    mechanismFacts(t, { properties, usage }),
    section(
      t('chart.title'),
      diffusionChart(t, {
        spreads: { province: levels.province?.places, city: levels.city?.places, county: levels.county?.places },
      }),
    ),
    section(t('mechanism.cooccurring'), cooccurringList(t, { cooccurrence, open: actions.open })),
    section(t('mechanism.family'), familyMembers(t, { family, nodeId: node.id, open: actions.open })),
    section(
      t('mechanism.adopters', { count: events.length }),
      h(
        'div',
        { class: 'chips adopters' },
        events.map((e) =>
          nodeChip(asChipNode(e.locality), {
            onClick: actions.open,
            note: t('count.practices', { count: e.practices }),
          }),
        ),
      ),
    ),
    events.length ? section(t('mechanism.timeline'), diffusionTimeline(t, { events, open: actions.open })) : null,
  );
}

function mapButton(t: Translate, onclick: () => void): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'small-button', 'data-action': 'show-on-map', onclick },
    t('mechanism.onMap'),
  );
}

/** Description, aliases, category; curated or discovered, the rules that linked it and one evidence sentence. */
function mechanismFacts(
  t: Translate,
  { properties, usage }: { properties: Properties; usage: MechanismUsageQuery['mechanismUsage'] },
): HTMLElement {
  const aliases = stringListProperty(properties, 'aliases');
  const curated = properties['curated'];
  return facts([
    [t('mechanism.description'), stringProperty(properties, 'description')],
    [t('mechanism.aliases'), aliases.length ? h('span', { class: 'chips' }, aliases.map(plainChip)) : null],
    [t('mechanism.category'), vocabLabel(t, { kind: 'category', value: stringProperty(properties, 'category') })],
    [
      t('mechanism.origin'),
      typeof curated === 'boolean'
        ? h(
            'span',
            { class: 'mechanism-origin', 'data-curated': String(curated) },
            t(curated ? 'mechanism.curated' : 'mechanism.discovered'),
          )
        : null,
    ],
    [
      t('mechanism.found'),
      usage && usage.via.length
        ? h(
            'span',
            { class: 'chips mechanism-via' },
            usage.via.map((v) =>
              plainChip(
                `${vocabLabel(t, { kind: 'via', value: v.via })} · ${t('count.practices', { count: v.practices })}`,
              ),
            ),
          )
        : null,
    ],
    [
      t('mechanism.evidence'),
      usage?.evidence ? h('q', { class: 'mechanism-evidence' }, usage.evidence.sentence) : null,
    ],
  ]);
}

/** The mechanisms used in the same practices, with their pairwise counts ("at least" when the count is partial). */
function cooccurringList(
  t: Translate,
  { cooccurrence, open }: { cooccurrence: CooccurrenceQuery['cooccurrence']; open(id: string): void },
): HTMLElement | HTMLElement[] {
  if (!cooccurrence || cooccurrence.items.length === 0)
    return h('p', { class: 'muted' }, t('mechanism.cooccurringNone'));
  return [
    h(
      'p',
      { class: 'muted small' },
      t(cooccurrence.complete ? 'mechanism.cooccurringNote' : 'mechanism.cooccurringPartial', {
        count: cooccurrence.practices,
      }),
    ),
    h(
      'ol',
      { class: 'cooccurring' },
      cooccurrence.items.map((item) =>
        h(
          'li',
          {},
          nodeChip(asChipNode(item.mechanism), { onClick: open }),
          h(
            'span',
            { class: 'muted small' },
            t(cooccurrence.complete ? 'mechanism.together' : 'mechanism.togetherAtLeast', { count: item.practices }),
          ),
        ),
      ),
    ),
  ];
}

/** The family's name and members, each with its practice count (the mechanism shown itself without). */
function familyMembers(
  t: Translate,
  { family, nodeId, open }: { family: MechanismFamilyQuery['mechanismFamily']; nodeId: string; open(id: string): void },
): HTMLElement | HTMLElement[] {
  if (!family) return h('p', { class: 'muted' }, t('mechanism.familyNone'));
  return [
    h('p', { class: 'muted small' }, t('mechanism.familyName', { name: family.name, count: family.members.length })),
    h(
      'div',
      { class: 'chips' },
      family.members.map((m) =>
        nodeChip(asChipNode(m.mechanism), {
          onClick: open,
          note: m.mechanism.id === nodeId ? undefined : t('count.practices', { count: m.practices }),
        }),
      ),
    ),
  ];
}
