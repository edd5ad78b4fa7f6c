/**
 * The Cypher console (Neo4j only): an editor with example queries, parameters as JSON, and the result as a table
 * (downloadable as CSV) and as a graph. The server runs it read-only, with a timeout and a row cap.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { CYPHER_QUERY } from '../api/queries';
import type { CypherQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import { csvFileText } from '../export/csv';
import { downloadText } from '../export/download';
import { createGraphCanvas, type GraphCanvas } from '../graph/graph-canvas';
import { subgraphPart } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';
import type { Language } from '../state/view-state';
import { captionsOf, cellText, type Captions } from './cypher-cells';
import { CYPHER_EXAMPLES } from './cypher-examples';
import { errorNote, loadingNote } from './panel-blocks';

export interface CypherOptions {
  request: Request;
  t: Translate;
  lang: Language;
  query: string;
  params: string;
  onChange(patch: { cypher: string; params: string }): void;
  /** Opens a node of the result in the graph. */
  onOpen(id: string): void;
}

interface CypherResult {
  columns: string[];
  rows: unknown[][];
  captions: Captions;
}

export function createCypherPanel(options: CypherOptions): { element: HTMLElement; destroy(): void } {
  const { request, t } = options;
  const { editor, params } = queryEditors(options);
  const examples = exampleMenu(options, (example) => {
    editor.value = example.query;
    params.value = JSON.stringify(example.params);
  });
  const status = h('p', { class: 'muted small' });
  const table = h('div', { class: 'cypher-table' });
  const graphBox = h('div', { class: 'cypher-graph' });
  let canvas: GraphCanvas | null = null;
  let last: CypherResult | null = null;

  async function run(): Promise<void> {
    let parameters: string | undefined;
    try {
      parameters = parseParams(params.value);
    } catch (error) {
      replaceChildren(table, errorNote(t, t('cypher.badParams', { message: errorMessage(error) })));
      return;
    }
    options.onChange({ cypher: editor.value, params: params.value.trim() });
    replaceChildren(table, loadingNote(t));
    try {
      const { cypher } = await request<CypherQuery>(CYPHER_QUERY, { query: editor.value, params: parameters });
      const rows = JSON.parse(cypher.rows) as unknown[][];
      last = { columns: cypher.columns, rows, captions: captionsOf(cypher.nodes) };
      replaceChildren(
        status,
        t('cypher.rows', { count: rows.length }),
        cypher.truncated ? ` · ${t('cypher.truncated')}` : '',
      );
      replaceChildren(table, resultTable(last));
      canvas ??= createGraphCanvas({ container: graphBox, t, onSelect: options.onOpen, onExpand: options.onOpen });
      const report = await canvas.show(subgraphPart({ nodes: cypher.nodes, edges: cypher.edges }, null), {
        layout: 'fcose',
        root: null,
      });
      graphBox.dataset['elements'] = String(report ? report.nodes + report.edges : 0);
    } catch (error) {
      replaceChildren(table, errorNote(t, errorMessage(error)));
    }
  }

  editor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void run();
  });
  const downloadCsv = () => {
    if (last) downloadResult(last);
  };
  const csv = h('button', { type: 'button', onclick: downloadCsv }, t('cypher.csv'));
  const element = h(
    'div',
    { class: 'cypher-view' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t('cypher.examples'), examples),
      h('button', { type: 'button', class: 'primary', onclick: () => void run() }, t('cypher.run')),
      csv,
    ),
    editor,
    h('label', { class: 'params-label' }, t('cypher.params'), params),
    status,
    h(
      'div',
      { class: 'cypher-results' },
      h('section', {}, h('h3', {}, t('cypher.table')), table),
      h('section', {}, h('h3', {}, t('cypher.graph')), graphBox),
    ),
  );
  return { element, destroy: () => canvas?.destroy() };
}

/** The query and its parameters, opened on the link's query or else on the first example. */
function queryEditors({ t, query, params: paramsText }: CypherOptions): {
  editor: HTMLTextAreaElement;
  params: HTMLTextAreaElement;
} {
  const first = CYPHER_EXAMPLES[0]!;
  const editor = h('textarea', { class: 'cypher-editor', spellcheck: 'false', rows: 8, 'aria-label': 'Cypher' });
  editor.value = query || first.query;
  const params = h('textarea', {
    class: 'cypher-params',
    spellcheck: 'false',
    rows: 2,
    'aria-label': t('cypher.params'),
  });
  params.value = paramsText || (query ? '' : JSON.stringify(first.params));
  return { editor, params };
}

/** The example queries by title in the explorer's language; picking one fills the editors. */
function exampleMenu(
  { t, lang }: CypherOptions,
  onPick: (example: (typeof CYPHER_EXAMPLES)[number]) => void,
): HTMLSelectElement {
  const examples = h(
    'select',
    { 'aria-label': t('cypher.examples') },
    h('option', { value: '' }, t('cypher.pick')),
    CYPHER_EXAMPLES.map((e) => h('option', { value: e.id }, e.title[lang])),
  );
  examples.addEventListener('change', () => {
    const example = CYPHER_EXAMPLES.find((e) => e.id === examples.value);
    if (example) onPick(example);
  });
  return examples;
}

/** The result table as CSV, nodes by their captions. */
function downloadResult({ columns, rows, captions }: CypherResult): void {
  downloadText({
    fileName: 'cypher-result.csv',
    text: csvFileText([columns, ...rows.map((r) => r.map((cell) => cellText(cell, captions)))]),
  });
}

/** The parameters as the JSON string the API takes; empty text means none. Throws when it is not a JSON object. */
function parseParams(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('{ … }');
  return JSON.stringify(value);
}

function resultTable(result: CypherResult): HTMLElement {
  return h(
    'table',
    { class: 'result-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        result.columns.map((c) => h('th', {}, c)),
      ),
    ),
    h(
      'tbody',
      {},
      result.rows.map((row) =>
        h(
          'tr',
          {},
          row.map((cell) => h('td', {}, String(cellText(cell, result.captions) ?? ''))),
        ),
      ),
    ),
  );
}
