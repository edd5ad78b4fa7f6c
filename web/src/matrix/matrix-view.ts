/**
 * The Matrix tab's page: toolbar (level, columns, sort, CSV), legend and time axis, the table's place and the column
 * for a chosen cell's practices. What it shows is decided by the matrix panel (panels/matrix-panel.ts).
 */
import { ROLLUP_LEVELS, type RollupLevel } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { MatrixSort } from '../state/view-state';
import { createTimebar, type Timebar, type TimebarState } from '../time/timebar';

export interface MatrixViewOptions {
  t: Translate;
  initial: { level: RollupLevel; period: TimebarState };
  /** The column picker's own element (it loads the catalogue itself). */
  picker: HTMLElement;
  onLevel(level: RollupLevel): void;
  onSort(sort: MatrixSort): void;
  onPeriod(period: TimebarState): void;
  onCsv(): void;
}

export interface MatrixView {
  element: HTMLElement;
  body: HTMLElement;
  cellDetail: HTMLElement;
  legend: HTMLElement;
  sortSelect: HTMLSelectElement;
  timebar: Timebar;
}

export function createMatrixView({
  t,
  initial,
  picker,
  onLevel,
  onSort,
  onPeriod,
  onCsv,
}: MatrixViewOptions): MatrixView {
  const body = h('div', { class: 'matrix-body' });
  const cellDetail = h('aside', { class: 'matrix-cell-detail' }, h('p', { class: 'muted' }, t('matrix.pick')));
  const legend = h('div', { class: 'legend matrix-legend' });
  const levelSelect = h(
    'select',
    { 'aria-label': t('matrix.level'), 'data-control': 'level' },
    ROLLUP_LEVELS.map((l) => h('option', { value: l, selected: l === initial.level }, t(`level.${l}`))),
  );
  levelSelect.addEventListener('change', () => onLevel(levelSelect.value as RollupLevel));
  const sortSelect = h('select', { 'aria-label': t('matrix.sort'), 'data-control': 'sort' });
  sortSelect.addEventListener('change', () => onSort(sortSelect.value as MatrixSort));
  const timebar = createTimebar({ t, initial: initial.period, onChange: onPeriod });
  const csvButton = h('button', { type: 'button', 'data-action': 'csv', onclick: onCsv }, t('matrix.csv'));
  const element = h(
    'div',
    { class: 'matrix-view' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t('matrix.level'), levelSelect),
      picker,
      h('label', {}, t('matrix.sort'), sortSelect),
      csvButton,
    ),
    h('div', { class: 'graph-aids' }, legend, timebar.element),
    h('div', { class: 'matrix-main' }, body, cellDetail),
  );
  return { element, body, cellDetail, legend, sortSelect, timebar };
}
