/**
 * Bulletins, organizations and figures, each in the researcher's words: a bulletin's masthead (title or file name,
 * issue, date, publisher, kind, format) and its practices; an organization's kind and the practices involving it; a
 * figure as printed (1800余次), its value, unit, what it counts and its qualifier, and the practice reporting it.
 * Never raw property keys or offsets.
 */
import { numberProperty, parseProperties, stringProperty } from '../api/node-properties';
import { NEIGHBORHOOD_QUERY } from '../api/queries';
import type { ApiNode, NeighborhoodQuery } from '../api/types';
import { h, type Child } from '../dom/element';
import { vocabLabel } from '../i18n/vocab';
import type { Translate } from '../i18n/translate';
import { asChipNode, facts, nodeChip, panelHeading, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

/** Practices listed at most. */
const LISTED = 60;

export async function recordPanel(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  const { t, request, actions } = context;
  const p = parseProperties(node.properties);
  const { neighborhood } = await request<NeighborhoodQuery>(NEIGHBORHOOD_QUERY, {
    id: node.id,
    depth: 1,
    labels: ['Practice'],
    limit: LISTED + 1,
  });
  const practices = neighborhood.nodes.filter((n) => n.label === 'Practice');
  const practiceList = practices.length
    ? section(
        node.label === 'Metric' ? t('metric.practice') : t('record.practices', { count: practices.length }),
        h(
          'div',
          { class: 'chips' },
          practices.slice(0, LISTED).map((practice) => nodeChip(asChipNode(practice), { onClick: actions.open })),
        ),
        neighborhood.trimmed ? h('p', { class: 'muted small' }, t('record.more', { shown: LISTED })) : null,
      )
    : null;
  return h(
    'article',
    { class: `panel ${node.label.toLowerCase()}-panel`, 'data-id': node.id },
    panelHeading(t, { label: node.label, title: node.caption }),
    facts(rows(t, node, p)),
    practiceList,
  );
}

function rows(t: Translate, node: ApiNode, p: Record<string, unknown>): [string, Child][] {
  const text = (key: string) => stringProperty(p, key);
  switch (node.label) {
    case 'Bulletin': {
      const issue = numberProperty(p, 'issue');
      return [
        [t('prop.title'), text('title')],
        [t('prop.issue'), issue !== null ? t('practice.issue', { issue }) : null],
        [t('prop.date'), text('date')],
        [t('prop.publisher'), text('publisher')],
        [t('prop.kind'), vocabLabel(t, { kind: 'docKind', value: text('kind') })],
        [t('prop.format'), vocabLabel(t, { kind: 'format', value: text('format') })],
        [t('prop.source'), text('source')],
        [t('prop.script'), p['traditional'] === true ? t('record.traditional') : null],
      ];
    }
    case 'Organization':
      return [[t('prop.kind'), vocabLabel(t, { kind: 'orgKind', value: text('kind') })]];
    case 'Metric': {
      const value = numberProperty(p, 'value');
      const max = numberProperty(p, 'valueMax');
      const page = numberProperty(p, 'page');
      return [
        [t('metric.printed'), text('text')],
        [t('metric.value'), value === null ? null : max === null ? String(value) : `${value}–${max}`],
        [t('metric.unit'), text('unit')],
        [t('metric.object'), text('object') ?? t('metric.noObject')],
        [t('metric.approximate'), p['approximate'] === true ? t('metric.approximateYes') : t('metric.approximateNo')],
        [t('practice.pageLabel'), page === null ? null : t('practice.page', { page })],
      ];
    }
    default:
      return [];
  }
}
