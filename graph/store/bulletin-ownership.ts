/**
 * Checks shared by both stores before a bulletin is written: practices hang off the bulletin and metrics off one of
 * its practices, so deleting the bulletin later finds everything it owns.
 */
import type { GraphDocument } from '../graph-document';
import type { NodeLabel } from '../schema';
import { StoreError } from './store-error';

export function checkOwnership({
  document,
  labels,
  bulletinId,
}: {
  document: GraphDocument;
  labels: Map<string, NodeLabel>;
  bulletinId: string;
}): void {
  const contained = new Set(
    document.relationships.filter((r) => r.type === 'CONTAINS' && r.start === bulletinId).map((r) => r.end),
  );
  const reported = new Set(
    document.relationships.filter((r) => r.type === 'REPORTS' && contained.has(r.start)).map((r) => r.end),
  );
  for (const [id, label] of labels) {
    if (label === 'Practice' && !contained.has(id))
      throw invalidDocument(`practice ${id} is not contained in bulletin ${bulletinId}`);
    if (label === 'Metric' && !reported.has(id))
      throw invalidDocument(`metric ${id} is not reported by a practice of bulletin ${bulletinId}`);
  }
}

export function invalidDocument(message: string): StoreError {
  return new StoreError('InvalidInput', `upsertBulletin: ${message}`);
}
