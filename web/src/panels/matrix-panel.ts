/**
 * The adoption matrix: localities × mechanisms as a heatmap at a chosen roll-up level, rows sortable by total, name
 * or one mechanism's column; a cell lists the practices behind its count; the table downloads as CSV.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { ADOPTION_QUERY, NODE_QUERY } from '../api/queries';
import { ROLLUP_LEVELS, type AdoptionMatrix, type ApiNode, type RollupLevel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { csvFileText } from '../export/csv';
import { downloadText } from '../export/download';
import { LABEL_STYLES } from '../graph/label-styles';
import type { Translate } from '../i18n/translate';
import { adoptionCsvRows, adoptionGrid, type AdoptionGrid } from '../matrix/adoption-grid';
import type { MatrixSort } from '../state/view-state';
import { errorNote, loadingNote } from './panel-blocks';

const LIMIT_LOCALITIES = 200;
const LIMIT_MECHANISMS = 60;
/** Practices listed for one cell at most (each costs a node lookup). */
const CELL_PRACTICES = 30;

export interface MatrixOptions {
  request: Request;
  t: Translate;
  level: RollupLevel;
  sort: MatrixSort;
  onChange(patch: { level?: RollupLevel; sort?: MatrixSort }): void;
  onOpen(id: string): void;
}

export function createMatrixPanel(options: MatrixOptions): { element: HTMLElement; load(): Promise<void> } {
  const { request, t } = options;
  let { level, sort } = options;
  let matrix: AdoptionMatrix | null = null;
  const body = h('div', { class: 'matrix-body' });
  const cellDetail = h('aside', { class: 'matrix-cell-detail' }, h('p', { class: 'muted' }, t('matrix.pick')));
  const levelSelect = h('select', { 'aria-label': t('matrix.level') }, ROLLUP_LEVELS.map((l) => h('option', { value: l, selected: l === level }, t(`level.${l}`))));
  const sortSelect = h('select', { 'aria-label': t('matrix.sort') });
  levelSelect.addEventListener('change', () => {
    level = levelSelect.value as RollupLevel;
    options.onChange({ level });
    void load();
  });
  sortSelect.addEventListener('change', () => setSort(sortSelect.value as MatrixSort));
  const csvButton = h('button', { type: 'button', onclick: () => matrix && downloadCsv(adoptionGrid(matrix, sort)) }, t('matrix.csv'));
  const element = h(
    'div',
    { class: 'matrix-view' },
    h('div', { class: 'toolbar' }, h('label', {}, t('matrix.level'), levelSelect), h('label', {}, t('matrix.sort'), sortSelect), csvButton),
    h('div', { class: 'matrix-main' }, body, cellDetail),
  );

  async function load(): Promise<void> {
    replaceChildren(body, loadingNote(t));
    try {
      const answer = await request<{ adoption: AdoptionMatrix }>(ADOPTION_QUERY, { level, limitLocalities: LIMIT_LOCALITIES, limitMechanisms: LIMIT_MECHANISMS });
      matrix = answer.adoption;
      render();
    } catch (error) {
      replaceChildren(body, errorNote(t, errorMessage(error)));
    }
  }

  function setSort(next: MatrixSort): void {
    sort = next;
    options.onChange({ sort });
    render();
  }

  function render(): void {
    if (!matrix) return;
    const grid = adoptionGrid(matrix, sort);
    replaceChildren(
      sortSelect,
      h('option', { value: 'total', selected: sort === 'total' }, t('matrix.sortTotal')),
      h('option', { value: 'name', selected: sort === 'name' }, t('matrix.sortName')),
      grid.columns.map((c) => h('option', { value: `m:${c.name}`, selected: sort === `m:${c.name}` }, t('matrix.sortColumn', { name: c.name }))),
    );
    if (grid.rows.length === 0) return replaceChildren(body, h('p', { class: 'muted' }, t('matrix.empty')));
    replaceChildren(
      body,
      matrix.trimmed ? h('p', { class: 'notice' }, t('matrix.trimmed', { rows: grid.rows.length, cols: grid.columns.length })) : null,
      heatmap(grid),
    );
  }

  function heatmap(grid: AdoptionGrid): HTMLElement {
    const colour = (count: number) => (count === 0 ? '' : `background:rgba(232,131,58,${(0.15 + 0.85 * (count / grid.max)).toFixed(2)})`);
    return h(
      'div',
      { class: 'heatmap-scroll' },
      h(
        'table',
        { class: 'heatmap' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { class: 'corner' }, t('matrix.locality')),
            h('th', { class: 'total-head' }, t('matrix.total')),
            grid.columns.map((c) =>
              h('th', { class: `mech-head${sort === `m:${c.name}` ? ' sorted' : ''}`, title: `${c.name} · ${t('count.practices', { count: c.total })}`, 'data-mechanism': c.name, onclick: () => setSort(`m:${c.name}`) }, h('span', {}, c.name)),
            ),
          ),
        ),
        h('tbody', {}, grid.rows.map((row) =>
          h(
            'tr',
            { 'data-locality': row.code },
            h('th', { class: 'row-head', scope: 'row' }, row.name),
            h('td', { class: 'num total' }, row.total),
            row.counts.map((count, i) => {
              const mechanism = grid.columns[i]!.name;
              return h(
                'td',
                {
                  class: count ? 'cell filled' : 'cell',
                  style: colour(count),
                  'data-locality-name': row.name,
                  'data-mechanism': mechanism,
                  title: t('matrix.cell', { locality: row.name, mechanism, count }),
                  onclick: count ? () => void showCell(row.name, mechanism, row.practiceIds[i]!) : undefined,
                },
                count || '',
              );
            }),
          ),
        )),
      ),
    );
  }

  async function showCell(locality: string, mechanism: string, practiceIds: string[]): Promise<void> {
    replaceChildren(cellDetail, h('h3', {}, t('matrix.cell', { locality, mechanism, count: practiceIds.length })), loadingNote(t));
    try {
      const nodes = await Promise.all(practiceIds.slice(0, CELL_PRACTICES).map((id) => request<{ node: ApiNode | null }>(NODE_QUERY, { id })));
      replaceChildren(
        cellDetail,
        h('h3', {}, t('matrix.cell', { locality, mechanism, count: practiceIds.length })),
        h('ol', { class: 'cell-practices' }, nodes.map(({ node }) =>
          node ? h('li', {}, h('button', { type: 'button', class: 'link', style: `--c:${LABEL_STYLES.Practice.ink}`, 'data-id': node.id, onclick: () => options.onOpen(node.id) }, node.caption)) : null,
        )),
        h('p', { class: 'muted small' }, t('matrix.open')),
      );
    } catch (error) {
      replaceChildren(cellDetail, errorNote(t, errorMessage(error)));
    }
  }

  function downloadCsv(grid: AdoptionGrid): void {
    const rows = adoptionCsvRows(grid, { code: 'code', name: t('matrix.locality'), total: t('matrix.total') });
    downloadText(`adoption-${level}.csv`, csvFileText(rows));
  }

  return { element, load };
}
