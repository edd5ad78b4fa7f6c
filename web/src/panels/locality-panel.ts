/** A locality: its mechanism portfolio (descendants included), the localities most like it, and a side-by-side comparison. */
import { parseProperties, stringProperty } from '../api/node-properties';
import { COMPARE_PORTFOLIOS_QUERY, LOCALITY_PORTFOLIO_QUERY } from '../api/queries';
import type { ApiNode, LocalityPortfolio, PortfolioComparison, SimilarLocality } from '../api/types';
import { errorMessage } from '../api/error-message';
import { h, replaceChildren } from '../dom/element';
import { levelLabel } from '../i18n/level-label';
import { asChipNode, errorNote, facts, loadingNote, nodeChip, panelHeading, plainChip, section } from './panel-blocks';
import type { PanelContext } from './panel-context';

const SIMILAR = 8;

export async function localityPanel(node: ApiNode, context: PanelContext): Promise<HTMLElement> {
  const { t, actions, request } = context;
  const properties = parseProperties(node.properties);
  const code = stringProperty(properties, 'code') ?? '';
  const { localityPortfolio: portfolio, similarLocalities: similar } = await request<{
    localityPortfolio: LocalityPortfolio | null;
    similarLocalities: SimilarLocality[];
  }>(LOCALITY_PORTFOLIO_QUERY, { code, limit: SIMILAR });
  const comparison = h('div', { class: 'comparison' });
  return h(
    'article',
    { class: 'panel locality-panel', 'data-id': node.id },
    panelHeading(t, 'Locality', node.caption),
    facts([
      [t('locality.level'), levelLabel(t, stringProperty(properties, 'level'))],
      [t('locality.code'), code],
    ]),
    section(
      t('locality.portfolio'),
      h(
        'table',
        { class: 'mini-table' },
        h('tbody', {}, (portfolio?.mechanisms ?? []).map((m) =>
          h('tr', {}, h('td', {}, nodeChip(asChipNode(m.mechanism), actions.open)), h('td', { class: 'num' }, m.practices), h('td', { class: 'muted small' }, m.firstReported ?? '')),
        )),
      ),
    ),
    section(
      t('locality.similar'),
      h('ol', { class: 'similar-list' }, similar.map((s) =>
        h(
          'li',
          {},
          nodeChip(asChipNode(s.locality), actions.open),
          h('span', { class: 'score' }, t('locality.jaccard', { value: s.jaccard.toFixed(2) })),
          h('button', { type: 'button', class: 'small-button', onclick: () => void compare(code, s.locality, comparison, context) }, t('locality.compare')),
        ),
      )),
      comparison,
    ),
  );
}

async function compare(code: string, other: ApiNode, target: HTMLElement, context: PanelContext): Promise<void> {
  const { t } = context;
  const otherCode = stringProperty(parseProperties(other.properties), 'code') ?? '';
  replaceChildren(target, loadingNote(t));
  try {
    const { comparePortfolios: c } = await context.request<{ comparePortfolios: PortfolioComparison | null }>(COMPARE_PORTFOLIOS_QUERY, { a: code, b: otherCode });
    if (!c) return replaceChildren(target);
    replaceChildren(
      target,
      h('h4', {}, `${c.a.caption} ↔ ${c.b.caption} · ${t('locality.jaccard', { value: c.jaccard.toFixed(2) })}`),
      facts([
        [t('locality.shared'), h('span', { class: 'chips' }, c.shared.map(plainChip))],
        [t('locality.only', { name: c.a.caption }), h('span', { class: 'chips' }, c.onlyA.map(plainChip))],
        [t('locality.only', { name: c.b.caption }), h('span', { class: 'chips' }, c.onlyB.map(plainChip))],
      ]),
    );
  } catch (error) {
    replaceChildren(target, errorNote(t, errorMessage(error)));
  }
}
