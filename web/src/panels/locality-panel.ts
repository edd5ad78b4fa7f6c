/**
 * A locality: its mechanism portfolio (descendants included) with practices and first reports, the localities most
 * like it, and a comparison with any other place (picked by name) or with one of those.
 */
import { errorMessage } from '../api/error-message';
import { parseProperties, stringProperty } from '../api/node-properties';
import { LOCALITY_PORTFOLIO_QUERY } from '../api/queries';
import type { ApiNode, LocalityPortfolioQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { levelLabel } from '../i18n/level-label';
import { comparison } from './comparison';
import { asChipNode, errorNote, facts, loadingNote, nodeChip, panelHeading, section } from './panel-blocks';
import type { PanelContext } from './panel-context';
import { createPlacePicker } from './place-picker';

const SIMILAR = 8;

export async function localityPanel(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  const { t, actions, request } = context;
  const properties = parseProperties(node.properties);
  const code = stringProperty(properties, 'code') ?? '';
  const { localityPortfolio: portfolio, similarLocalities: similar } = await request<LocalityPortfolioQuery>(
    LOCALITY_PORTFOLIO_QUERY,
    { code, limit: SIMILAR },
  );
  const target = h('div', { class: 'comparison-box' });
  const compare = async (other: ApiNode) => {
    replaceChildren(target, loadingNote(t));
    try {
      replaceChildren(target, await comparison({ a: node, b: other }, context));
    } catch (error) {
      replaceChildren(target, errorNote(t, errorMessage(error)));
    }
  };
  const mechanisms = portfolio?.mechanisms ?? [];
  return h(
    'article',
    { class: 'panel locality-panel', 'data-id': node.id },
    panelHeading(t, { label: 'Locality', title: node.caption }),
    facts([
      [t('locality.level'), levelLabel(t, stringProperty(properties, 'level'))],
      [t('locality.code'), code],
    ]),
    section(
      t('locality.portfolio', { count: mechanisms.length }),
      h(
        'table',
        { class: 'mini-table portfolio' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, t('label.Mechanism')),
            h('th', { class: 'num' }, t('locality.practices')),
            h('th', {}, t('locality.first')),
          ),
        ),
        h(
          'tbody',
          {},
          mechanisms.map((m) =>
            h(
              'tr',
              {},
              h('td', {}, nodeChip(asChipNode(m.mechanism), { onClick: actions.open })),
              h('td', { class: 'num' }, m.practices),
              h('td', { class: 'muted small' }, m.firstReported ?? t('mechanism.undated')),
            ),
          ),
        ),
      ),
    ),
    section(t('compare.title'), createPlacePicker({ request, t, onPick: (other) => void compare(other) }), target),
    section(
      t('locality.similar'),
      h(
        'ol',
        { class: 'similar-list' },
        similar.map((s) =>
          h(
            'li',
            {},
            nodeChip(asChipNode(s.locality), { onClick: actions.open }),
            h('span', { class: 'score' }, t('locality.jaccard', { value: s.jaccard.toFixed(2) })),
            h(
              'button',
              { type: 'button', class: 'small-button', onclick: () => void compare(s.locality) },
              t('locality.compare'),
            ),
          ),
        ),
      ),
    ),
  );
}
