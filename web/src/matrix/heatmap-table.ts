/**
 * The adoption grid as a table: a row per locality with its total, a column per mechanism (a click sorts by it), each
 * filled cell coloured by its count, faded outside the period, hatched when undated, opening its practices.
 */
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { MatrixSort } from '../state/view-state';
import type { AdoptionGrid } from './adoption-grid';
import { heatStyle } from './heat-colour';

/** A filled cell: where it is, its count and the practices behind it. */
export interface CellChoice {
  locality: string;
  mechanism: string;
  count: number;
  practiceIds: string[];
}

export interface HeatmapOptions {
  grid: AdoptionGrid;
  sort: MatrixSort;
  onSort(sort: MatrixSort): void;
  onCell(cell: CellChoice): void;
}

export function heatmapTable(t: Translate, { grid, sort, onSort, onCell }: HeatmapOptions): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { class: 'corner' }, t('matrix.locality')),
    h('th', { class: 'total-head', title: t('matrix.totalHint') }, t('matrix.total')),
    grid.columns.map((c) =>
      h(
        'th',
        {
          class: `mech-head${sort === `m:${c.name}` ? ' sorted' : ''}`,
          title: `${c.name} · ${t('count.practices', { count: c.total })}`,
          'data-mechanism': c.name,
          onclick: () => onSort(`m:${c.name}`),
        },
        h('span', {}, c.name),
      ),
    ),
  );
  const rows = grid.rows.map((row) =>
    h(
      'tr',
      { 'data-locality': row.code },
      h('th', { class: 'row-head', scope: 'row' }, row.name),
      h('td', { class: 'num total' }, row.total),
      row.cells.map((cell, i) => {
        const mechanism = grid.columns[i]!.name;
        const title = cell.count
          ? `${t('matrix.cell', { locality: row.name, mechanism, count: cell.count })} · ${t('matrix.first', { date: cell.firstReported ?? t('mechanism.undated') })}`
          : undefined;
        const choose = () =>
          onCell({ locality: row.name, mechanism, count: cell.count, practiceIds: cell.practiceIds });
        return h(
          'td',
          {
            class: [
              'cell',
              cell.count ? 'filled' : '',
              cell.count && !cell.inPeriod ? 'out-of-period' : '',
              cell.count && cell.firstReported === null ? 'undated' : '',
            ]
              .filter(Boolean)
              .join(' '),
            style: cell.count ? heatStyle(cell.count, grid.max) : '',
            'data-locality-name': row.name,
            'data-mechanism': mechanism,
            'data-first': cell.firstReported ?? '',
            title,
            tabindex: cell.count ? 0 : undefined,
            onclick: cell.count ? choose : undefined,
            onkeydown: cell.count ? (event) => (event as KeyboardEvent).key === 'Enter' && choose() : undefined,
          },
          cell.count || '',
        );
      }),
    ),
  );
  const foot = h(
    'tr',
    { class: 'column-totals' },
    h('th', { class: 'row-head', scope: 'row' }, t('matrix.columnTotal')),
    h('td', {}),
    grid.columns.map((c) => h('td', { class: 'num' }, c.total)),
  );
  return h(
    'div',
    { class: 'heatmap-scroll' },
    h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, rows), h('tfoot', {}, foot)),
  );
}
