/**
 * The adoption matrix: localities × mechanisms as a heatmap, the columns chosen by the researcher (the lexicon's most
 * used, a family, or any), rows rolled up to a level and limited to the region chosen in the filters, the period of
 * the time axis (cells first reported outside it fade). Row and column totals are distinct practices, labelled so;
 * a cell lists the practices behind its count; the table downloads as CSV.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { ADOPTION_TABLE_QUERY } from '../api/queries';
import type { AdoptionTable, AdoptionTableQuery, RollupLevel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { csvFileText } from '../export/csv';
import { downloadText } from '../export/download';
import type { Translate } from '../i18n/translate';
import { adoptionCsvRows, adoptionGrid, type AdoptionGrid } from '../matrix/adoption-grid';
import { createColumnPicker } from '../matrix/column-picker';
import { showCellPractices } from './matrix-cell-practices';
import { heatLegend } from '../matrix/heat-colour';
import { heatmapTable, type CellChoice } from '../matrix/heatmap-table';
import { createMatrixView } from '../matrix/matrix-view';
import type { MatrixSort, ViewState } from '../state/view-state';
import { yearSpan } from '../time/period';
import type { TimebarState } from '../time/timebar';
import { errorNote, loadingNote } from './panel-blocks';

const LIMIT_LOCALITIES = 300;

type MatrixPatch = Partial<Pick<ViewState, 'level' | 'sort' | 'cols' | 'family'>>;

export interface MatrixPanel {
  element: HTMLElement;
  load(): Promise<void>;
  period(state: TimebarState): void;
  region(code: string): void;
  destroy(): void;
}

export interface MatrixPanelOptions {
  request: Request;
  t: Translate;
  state: ViewState;
  onChange(patch: MatrixPatch): void;
  onOpen(id: string): void;
  onPeriod(state: TimebarState): void;
}

export function createMatrixPanel(options: MatrixPanelOptions): MatrixPanel {
  const { request, t, state, onOpen } = options;
  let level = state.level;
  let sort: MatrixSort = state.sort;
  let region = state.region;
  let period: TimebarState = { from: state.from, to: state.to, undated: state.undated };
  let table: AdoptionTable | null = null;
  let generation = 0;
  const picker = createColumnPicker({
    request,
    t,
    initial: { cols: state.cols, family: state.family },
    onChange: (choice) => {
      options.onChange(choice);
      void load();
    },
  });
  const view = createMatrixView({
    t,
    initial: { level, period },
    picker: picker.element,
    onLevel: (next) => {
      level = next;
      options.onChange({ level });
      void load();
    },
    onSort: (next) => setSort(next),
    onPeriod: (next) => {
      period = next;
      options.onPeriod(next);
      render();
    },
    onCsv: () => table && downloadCsv(t, { grid: adoptionGrid(table, { sort, period }), level }),
  });
  const { body, cellDetail, legend, sortSelect, timebar } = view;

  async function load(): Promise<void> {
    const current = ++generation;
    replaceChildren(body, loadingNote(t));
    try {
      const loaded = await fetchTable(request, { mechanisms: await picker.columns(), level, region });
      if (current !== generation) return;
      table = loaded;
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

  const openCell = (cell: CellChoice) => void showCellPractices({ target: cellDetail, request, t, cell, onOpen });

  function render(): void {
    if (!table) return;
    const grid = adoptionGrid(table, { sort, period });
    replaceChildren(sortSelect, ...sortOptions(t, { grid, sort }));
    replaceChildren(legend, heatLegend(t, { max: grid.max, period: period.from !== '' || period.to !== '' }));
    const drawn = heatmapTable(t, { grid, sort, onSort: setSort, onCell: openCell });
    replaceChildren(body, ...gridBody(t, { grid, trimmed: table.trimmed, drawn }));
  }

  return {
    element: view.element,
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

/** The adoption table of the chosen columns at the level, within the region (all of China when empty). */
async function fetchTable(
  request: Request,
  { mechanisms, level, region }: { mechanisms: string[]; level: RollupLevel; region: string },
): Promise<AdoptionTable> {
  const answer = await request<AdoptionTableQuery>(ADOPTION_TABLE_QUERY, {
    level,
    mechanisms,
    region: region || null,
    limitLocalities: LIMIT_LOCALITIES,
  });
  return answer.adoptionTable;
}

/** The drawn table, after a notice when rows or columns were cut; a note when the region has no rows. */
function gridBody(
  t: Translate,
  { grid, trimmed, drawn }: { grid: AdoptionGrid; trimmed: boolean; drawn: HTMLElement },
): (HTMLElement | null)[] {
  if (grid.rows.length === 0) return [h('p', { class: 'muted' }, t('matrix.empty'))];
  return [
    trimmed
      ? h('p', { class: 'notice' }, t('matrix.trimmed', { rows: grid.rows.length, cols: grid.columns.length }))
      : null,
    drawn,
  ];
}

/** Sort by total, by name, or by any column shown. */
function sortOptions(t: Translate, { grid, sort }: { grid: AdoptionGrid; sort: MatrixSort }): HTMLElement[] {
  return [
    h('option', { value: 'total', selected: sort === 'total' }, t('matrix.sortTotal')),
    h('option', { value: 'name', selected: sort === 'name' }, t('matrix.sortName')),
    ...grid.columns.map((c) =>
      h('option', { value: `m:${c.name}`, selected: sort === `m:${c.name}` }, t('matrix.sortColumn', { name: c.name })),
    ),
  ];
}

function downloadCsv(t: Translate, { grid, level }: { grid: AdoptionGrid; level: RollupLevel }): void {
  const rows = adoptionCsvRows(grid, {
    code: 'code',
    name: t('matrix.locality'),
    total: t('matrix.total'),
    columnTotal: t('matrix.columnTotal'),
  });
  downloadText({ fileName: `adoption-${level}.csv`, text: csvFileText(rows) });
}
