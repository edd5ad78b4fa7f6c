/**
 * `kg export --format json|csv|graphml|cypher|panel --out <path>`: the stored graph in an exchange format, or the
 * adoption panel (mechanism × locality × first report) as CSV for R or Stata.
 */
import { exportPanel, PANEL_FORMAT } from '../../graph/export/export-panel';
import { EXPORT_FORMATS, isExportFormat, writeExport } from '../../graph/export/write-export';
import { writeFileAtomically } from '../../graph/export/write-json-export';
import type { GraphStore } from '../../graph/store/graph-store';
import { StoreError } from '../../graph/store/store-error';
import { openStore, type StoreOptions } from '../open-store';

export interface ExportOptions extends StoreOptions {
  format: string;
  out?: string;
}

export async function exportCommand(options: ExportOptions): Promise<number> {
  const { format } = options;
  if (!isExportFormat(format) && format !== PANEL_FORMAT) {
    throw new StoreError(
      'InvalidInput',
      `unknown export format "${format}" (${[...EXPORT_FORMATS, PANEL_FORMAT].join(', ')})`,
    );
  }
  const store = await openStore({ ...options, readOnly: true });
  try {
    if (format === PANEL_FORMAT) await writePanel(store, options.out ?? 'panel.csv');
    else {
      const out = options.out ?? (format === 'csv' ? 'export-csv' : `export.${format}`);
      const document = await store.exportDocument();
      const { files } = await writeExport(document, { format, out });
      console.log(
        `exported ${document.nodes.length} nodes and ${document.relationships.length} relationships as ${format}: ${files.join(', ')}`,
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function writePanel(store: GraphStore, out: string): Promise<void> {
  const rows = await store.adoptionPanel();
  await writeFileAtomically(out, exportPanel(rows));
  const mechanisms = new Set(rows.map((r) => r.mechanism)).size;
  console.log(
    `exported the adoption panel: ${rows.length} rows (${mechanisms} mechanisms × adopting localities, every level) to ${out}`,
  );
}
