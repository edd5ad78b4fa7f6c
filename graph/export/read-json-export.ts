/** Reads a JSON export (DESIGN.md's contract) back into a GraphDocument for `kg load`, refusing anything that breaks it. */
import { promises as fs } from 'fs';
import type { GraphDocument } from '../graph-document';
import { StoreError } from '../store/store-error';
import { findDocumentProblems } from '../document-problems';

/**
 * Throws a `StoreError` whose message names the file and what is wrong: `NotFound` when it cannot be read,
 * `InvalidInput` when it is not JSON or not a valid document (missing nodes/relationships, unknown label or type,
 * dangling start/end, undeclared property, wrong value type).
 */
export async function readJsonExport(file: string): Promise<GraphDocument> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new StoreError('NotFound', `readJsonExport: cannot read ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    // A BOM is legal in a UTF-8 file but not in JSON; editors on Windows add one.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new StoreError('InvalidInput', `readJsonExport: ${file} is not JSON: ${(error as Error).message}`);
  }
  const problems = findDocumentProblems(value);
  if (problems.length > 0) {
    throw new StoreError('InvalidInput', `readJsonExport: ${file} is not a graph export: ${problems.join('; ')}`);
  }
  // Rebuilt field by field so stray keys in the file do not travel into the store.
  const document = value as GraphDocument;
  return {
    nodes: document.nodes.map(({ id, labels, properties }) => ({ id, labels, properties })),
    relationships: document.relationships.map(({ id, type, start, end, properties }) => ({
      id,
      type,
      start,
      end,
      properties,
    })),
  };
}
