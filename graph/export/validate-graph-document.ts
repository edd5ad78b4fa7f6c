/** Exports check their document before writing, so every format can trust labels, types, endpoints and value types. */
import { findDocumentProblems } from '../document-problems';
import type { GraphDocument } from '../graph-document';
import { StoreError } from '../store/store-error';

/** Throws `InvalidInput` naming `operation` and the first problems unless `value` is a valid GraphDocument. */
export function assertGraphDocument(value: unknown, operation: string): asserts value is GraphDocument {
  const problems = findDocumentProblems(value);
  if (problems.length > 0)
    throw new StoreError('InvalidInput', `${operation}: invalid graph document: ${problems.join('; ')}`);
}
