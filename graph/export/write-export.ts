/**
 * Writes a GraphDocument in one of the export formats, atomically: a single file via temp file + rename, the CSV
 * folder via a temp folder swapped in, so a reader never sees half an export and a failure leaves the old one intact.
 */
import { promises as fs } from 'fs';
import path from 'path';
import type { GraphDocument } from '../graph-document';
import { StoreError } from '../store/store-error';
import { exportCsv, type ExportFile } from './export-csv';
import { exportCypher } from './export-cypher';
import { exportGraphml } from './export-graphml';
import { writeFileAtomically, writeJsonExport } from './write-json-export';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface WriteExportOptions {
  format: ExportFormat;
  /** A file for json, graphml and cypher; a folder for csv (created, or replaced if it holds an earlier CSV export). */
  out: string;
}

/** Writes the export and returns the paths written. Throws `InvalidInput` for a document that breaks the contract. */
export async function writeExport(document: GraphDocument, options: WriteExportOptions): Promise<{ files: string[] }> {
  const { format, out } = options;
  switch (format) {
    case 'json':
      await writeJsonExport(document, out);
      return { files: [out] };
    case 'graphml':
      await writeFileAtomically(out, exportGraphml(document));
      return { files: [out] };
    case 'cypher':
      await writeFileAtomically(out, exportCypher(document));
      return { files: [out] };
    case 'csv': {
      const { files } = exportCsv(document);
      await writeFolderAtomically(out, files);
      return { files: files.map((f) => path.join(out, f.name)) };
    }
    default:
      throw new StoreError(
        'InvalidInput',
        `writeExport: unknown format "${String(format)}" (expected ${EXPORT_FORMATS.join(', ')})`,
      );
  }
}

/** Only what exportCsv writes; a folder holding anything else is somebody's, and is not replaced. */
const CSV_EXPORT_ENTRY = /^(nodes-\w+\.csv|relationships-\w+\.csv|schema\.cypher|README\.txt)$/;

async function writeFolderAtomically(folder: string, files: ExportFile[]): Promise<void> {
  await refuseForeignFolder(folder);
  const temp = `${folder}.${process.pid}.tmp`;
  const old = `${folder}.${process.pid}.old`;
  await fs.rm(temp, { recursive: true, force: true });
  await fs.mkdir(temp, { recursive: true });
  try {
    for (const file of files) await fs.writeFile(path.join(temp, file.name), file.content, 'utf8');
    // rename() cannot replace a non-empty folder: move the old export aside, swap in the new one, then drop the old.
    const hadOld = await exists(folder);
    if (hadOld) await fs.rename(folder, old);
    try {
      await fs.rename(temp, folder);
    } catch (error) {
      if (hadOld) await fs.rename(old, folder);
      throw error;
    }
    if (hadOld) await fs.rm(old, { recursive: true, force: true });
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

async function refuseForeignFolder(folder: string): Promise<void> {
  const stat = await fs.stat(folder).catch(() => undefined);
  if (!stat) return;
  if (!stat.isDirectory()) throw new StoreError('InvalidInput', `writeExport: ${folder} exists and is not a folder`);
  const foreign = (await fs.readdir(folder)).filter((entry) => !CSV_EXPORT_ENTRY.test(entry));
  if (foreign.length > 0) {
    throw new StoreError(
      'InvalidInput',
      `writeExport: ${folder} holds files that are not a CSV export (${foreign.slice(0, 3).join(', ')}); choose an empty or new folder`,
    );
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
