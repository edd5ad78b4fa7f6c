/** `kg export --format json|csv|graphml|cypher --out <path>`: the stored graph in an exchange format. */
import { EXPORT_FORMATS, isExportFormat, writeExport } from '../../graph/export/write-export';
import { StoreError } from '../../graph/store/store-error';
import { knowledgeOnce } from '../knowledge-once';
import { openStore, type StoreOptions } from '../open-store';

export interface ExportOptions extends StoreOptions {
  format: string;
  out?: string;
}

export async function exportCommand(options: ExportOptions): Promise<number> {
  if (!isExportFormat(options.format)) {
    throw new StoreError('InvalidInput', `unknown export format "${options.format}" (${EXPORT_FORMATS.join(', ')})`);
  }
  const out = options.out ?? (options.format === 'csv' ? 'export-csv' : `export.${options.format === 'graphml' ? 'graphml' : options.format}`);
  const store = await openStore({ ...options, readOnly: true }, () => knowledgeOnce().segmenter);
  try {
    const document = await store.exportDocument();
    const { files } = await writeExport(document, { format: options.format, out });
    console.log(`exported ${document.nodes.length} nodes and ${document.relationships.length} relationships as ${options.format}: ${files.join(', ')}`);
  } finally {
    await store.close();
  }
  return 0;
}
