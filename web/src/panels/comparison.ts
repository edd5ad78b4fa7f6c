/**
 * Two places side by side: every mechanism of either, with each place's practices and first report, shared ones
 * first; the Jaccard similarity of their portfolios above.
 */
import { parseProperties, stringProperty } from '../api/node-properties';
import { COMPARE_PORTFOLIOS_QUERY, PORTFOLIO_QUERY } from '../api/queries';
import type { ApiNode, ComparePortfoliosQuery, LocalityPortfolio, PortfolioQuery } from '../api/types';
import { h } from '../dom/element';
import type { PanelContext } from './panel-context';

export async function comparison({ a, b }: { a: ApiNode; b: ApiNode }, context: PanelContext): Promise<HTMLElement> {
  const { t, request } = context;
  const code = (node: ApiNode) => stringProperty(parseProperties(node.properties), 'code') ?? '';
  const [left, right, { comparePortfolios: c }] = await Promise.all([
    request<PortfolioQuery>(PORTFOLIO_QUERY, { code: code(a) }),
    request<PortfolioQuery>(PORTFOLIO_QUERY, { code: code(b) }),
    request<ComparePortfoliosQuery>(COMPARE_PORTFOLIOS_QUERY, { a: code(a), b: code(b) }),
  ]);
  const byName = (portfolio: LocalityPortfolio | null) =>
    new Map(portfolio?.mechanisms.map((m) => [m.mechanism.caption, m] as const) ?? []);
  const mine = byName(left.localityPortfolio);
  const theirs = byName(right.localityPortfolio);
  const shared = (name: string) => Number(mine.has(name) && theirs.has(name));
  const total = (name: string) => (mine.get(name)?.practices ?? 0) + (theirs.get(name)?.practices ?? 0);
  const names = [...new Set([...mine.keys(), ...theirs.keys()])].sort(
    (x, y) => shared(y) - shared(x) || total(y) - total(x) || (x < y ? -1 : 1),
  );
  const cell = (entry: { practices: number; firstReported: string | null } | undefined) =>
    entry
      ? [
          h('td', { class: 'num' }, entry.practices),
          h('td', { class: 'muted small' }, entry.firstReported ?? t('mechanism.undated')),
        ]
      : [h('td', { class: 'num muted' }, '–'), h('td', {})];
  return h(
    'div',
    { class: 'comparison', 'data-a': a.id, 'data-b': b.id },
    h('h4', {}, `${a.caption} ↔ ${b.caption}`),
    c
      ? h(
          'p',
          { class: 'muted small' },
          t('compare.summary', {
            shared: c.shared.length,
            onlyA: c.onlyA.length,
            onlyB: c.onlyB.length,
            jaccard: c.jaccard.toFixed(2),
            a: a.caption,
            b: b.caption,
          }),
        )
      : null,
    h(
      'table',
      { class: 'mini-table compare-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t('label.Mechanism')),
          h('th', { colspan: 2 }, a.caption),
          h('th', { colspan: 2 }, b.caption),
        ),
      ),
      h(
        'tbody',
        {},
        names.map((name) =>
          h(
            'tr',
            { 'data-mechanism': name, class: mine.has(name) && theirs.has(name) ? 'shared' : '' },
            h('td', {}, name),
            ...cell(mine.get(name)),
            ...cell(theirs.get(name)),
          ),
        ),
      ),
    ),
  );
}
