/**
 * The adoption matrix: localities × mechanisms as a heatmap, the columns chosen by the researcher (the lexicon's most
 * used, a family, or any), rows rolled up to a level and limited to the region chosen in the filters, the period of
 * the time axis (cells first reported outside it fade). Row and column totals are distinct practices, labelled so;
 * a cell lists the practices behind its count; the table downloads as CSV.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { ADOPTION_TABLE_QUERY, NODE_QUERY } from '../api/queries';
import { ROLLUP_LEVELS, type AdoptionTable, type AdoptionTableQuery, type NodeQuery, type RollupLevel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { csvFileText } from '../export/csv';
import { downloadText } from '../export/download';
import { LABEL_STYLES } from '../graph/label-styles';
import type { Translate } from '../i18n/translate';
import { adoptionCsvRows, adoptionGrid, type AdoptionGrid } from '../matrix/adoption-grid';
import { createColumnPicker } from '../matrix/column-picker';
import { heatLegend, heatStyle } from '../matrix/heat-colour';
import type { MatrixSort, ViewState } from '../state/view-state';
import { yearSpan } from '../time/period';
import { createTimebar, type TimebarState } from '../time/timebar';
import { errorNote, loadingNote } from './panel-blocks';

const LIMIT_LOCALITIES = 300;
/** Practices listed for one cell at most (each costs a node lookup). */
const CELL_PRACTICES = 30;

type MatrixPatch = Partial<Pick<ViewState, 'level' | 'sort' | 'cols' | 'family'>>;

export interface MatrixPanel {
  element: HTMLElement;
  load(): Promise<void>;
  period(state: TimebarState): void;
  region(code: string): void;
  destroy(): void;
}

export function createMatrixPanel(options: {
  request: Request;
  t: Translate;
  state: ViewState;
  onChange(patch: MatrixPatch): void;
  onOpen(id: string): void;
  onPeriod(state: TimebarState): void;
}): MatrixPanel {
  const { request, t, state } = options;
  let level = state.level;
  let sort: MatrixSort = state.sort;
  let region = state.region;
  let period: TimebarState = { from: state.from, to: state.to, undated: state.undated };
  let table: AdoptionTable | null = null;
  let generation = 0;
  const body = h('div', { class: 'matrix-body' });
  const cellDetail = h('aside', { class: 'matrix-cell-detail' }, h('p', { class: 'muted' }, t('matrix.pick')));
  const legend = h('div', { class: 'legend matrix-legend' });
  const levelSelect = h('select', { 'aria-label': t('matrix.level'), 'data-control': 'level' }, ROLLUP_LEVELS.map((l) => h('option', { value: l, selected: l === level }, t(`level.${l}`))));
  const sortSelect = h('select', { 'aria-label': t('matrix.sort'), 'data-control': 'sort' });
  levelSelect.addEventListener('change', () => {
    level = levelSelect.value as RollupLevel;
    options.onChange({ level });
    void load();
  });
  sortSelect.addEventListener('change', () => setSort(sortSelect.value as MatrixSort));
  const picker = createColumnPicker({ request, t, initial: { cols: state.cols, family: state.family }, onChange: (choice) => {
    options.onChange(choice);
    void load();
  } });
  const timebar = createTimebar({ t, initial: period, onChange: (next) => {
    period = next;
    options.onPeriod(next);
    render();
  } });
  const csvButton = h('button', { type: 'button', 'data-action': 'csv', onclick: () => table && downloadCsv(adoptionGrid(table, { sort, period })) }, t('matrix.csv'));
  const element = h(
    'div',
    { class: 'matrix-view' },
    h('div', { class: 'toolbar' }, h('label', {}, t('matrix.level'), levelSelect), picker.element, h('label', {}, t('matrix.sort'), sortSelect), csvButton),
    h('div', { class: 'graph-aids' }, legend, timebar.element),
    h('div', { class: 'matrix-main' }, body, cellDetail),
  );

  async function load(): Promise<void> {
    const current = ++generation;
    replaceChildren(body, loadingNote(t));
    try {
      const mechanisms = await picker.columns();
      const answer = await request<AdoptionTableQuery>(ADOPTION_TABLE_QUERY, { level, mechanisms, region: region || null, limitLocalities: LIMIT_LOCALITIES });
      if (current !== generation) return;
      table = answer.adoptionTable;
      const { span, undated } = yearSpan(table.cells.map((c) => c.firstReported));
      timebar.setDomain(span, undated);
      render();
    } catch (error) {
      if (current === generation) replaceChildren(body, errorNote(t, errorMessage(error)));
    }
  }

  function setSort(next: MatrixSort): void {
    sort = next;
    options.onChange({ sort });
    render();
  }

  function render(): void {
    if (!table) return;
    const grid = adoptionGrid(table, { sort, period });
    replaceChildren(
      sortSelect,
      h('option', { value: 'total', selected: sort === 'total' }, t('matrix.sortTotal')),
      h('option', { value: 'name', selected: sort === 'name' }, t('matrix.sortName')),
      grid.columns.map((c) => h('option', { value: `m:${c.name}`, selected: sort === `m:${c.name}` }, t('matrix.sortColumn', { name: c.name }))),
    );
    replaceChildren(legend, heatLegend(t, { max: grid.max, period: period.from !== '' || period.to !== '' }));
    if (grid.rows.length === 0) return replaceChildren(body, h('p', { class: 'muted' }, t('matrix.empty')));
    replaceChildren(body, table.trimmed ? h('p', { class: 'notice' }, t('matrix.trimmed', { rows: grid.rows.length, cols: grid.columns.length })) : null, heatmap(grid));
  }

  function heatmap(grid: AdoptionGrid): HTMLElement {
    const head = h(
      'tr',
      {},
      h('th', { class: 'corner' }, t('matrix.locality')),
      h('th', { class: 'total-head', title: t('matrix.totalHint') }, t('matrix.total')),
      grid.columns.map((c) =>
        h('th', { class: `mech-head${sort === `m:${c.name}` ? ' sorted' : ''}`, title: `${c.name} · ${t('count.practices', { count: c.total })}`, 'data-mechanism': c.name, onclick: () => setSort(`m:${c.name}`) }, h('span', {}, c.name)),
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
          const title = cell.count ? `${t('matrix.cell', { locality: row.name, mechanism, count: cell.count })} · ${t('matrix.first', { date: cell.firstReported ?? t('mechanism.undated') })}` : undefined;
          return h(
            'td',
            {
              class: ['cell', cell.count ? 'filled' : '', cell.count && !cell.inPeriod ? 'out-of-period' : '', cell.count && cell.firstReported === null ? 'undated' : ''].filter(Boolean).join(' '),
              style: cell.count ? heatStyle(cell.count, grid.max) : '',
              'data-locality-name': row.name,
              'data-mechanism': mechanism,
              'data-first': cell.firstReported ?? '',
              title,
              tabindex: cell.count ? 0 : undefined,
              onclick: cell.count ? () => void showCell(row.name, mechanism, cell.count, cell.practiceIds) : undefined,
              onkeydown: cell.count ? (event) => (event as KeyboardEvent).key === 'Enter' && void showCell(row.name, mechanism, cell.count, cell.practiceIds) : undefined,
            },
            cell.count || '',
          );
        }),
      ),
    );
    const foot = h('tr', { class: 'column-totals' }, h('th', { class: 'row-head', scope: 'row' }, t('matrix.columnTotal')), h('td', {}), grid.columns.map((c) => h('td', { class: 'num' }, c.total)));
    return h('div', { class: 'heatmap-scroll' }, h('table', { class: 'heatmap' }, h('thead', {}, head), h('tbody', {}, rows), h('tfoot', {}, foot)));
  }

  async function showCell(locality: string, mechanism: string, count: number, practiceIds: string[]): Promise<void> {
    const heading = h('h3', {}, t('matrix.cell', { locality, mechanism, count }));
    replaceChildren(cellDetail, heading, loadingNote(t));
    try {
      const nodes = await Promise.all(practiceIds.slice(0, CELL_PRACTICES).map((id) => request<NodeQuery>(NODE_QUERY, { id })));
      replaceChildren(
        cellDetail,
        heading,
        h('ol', { class: 'cell-practices' }, nodes.map(({ node }) =>
          node ? h('li', {}, h('button', { type: 'button', class: 'link', style: `--c:${LABEL_STYLES.Practice.ink}`, 'data-id': node.id, onclick: () => options.onOpen(node.id) }, node.caption)) : null,
        )),
        count > CELL_PRACTICES ? h('p', { class: 'muted small' }, t('matrix.moreInCell', { shown: Math.min(CELL_PRACTICES, practiceIds.length), count })) : null,
        h('p', { class: 'muted small' }, t('matrix.open')),
      );
    } catch (error) {
      replaceChildren(cellDetail, errorNote(t, errorMessage(error)));
    }
  }

  function downloadCsv(grid: AdoptionGrid): void {
    const rows = adoptionCsvRows(grid, { code: 'code', name: t('matrix.locality'), total: t('matrix.total'), columnTotal: t('matrix.columnTotal') });
    downloadText({ fileName: `adoption-${level}.csv`, text: csvFileText(rows) });
  }

  return {
    element,
    load,
    period(next) {
      period = next;
      timebar.setState(next);
      render();
    },
    region(code) {
      region = code;
      void load();
    },
    destroy: () => timebar.stop(),
  };
}
