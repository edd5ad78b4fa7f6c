/**
 * A shared node's list properties (Mechanism.aliases) are sets, kept sorted by UTF-16 code units (CONTRACT.md), so
 * the stored value does not depend on which bulletin brought a name first.
 */
import type { PropertyValue } from '../graph-document';
import { compareText } from './first-reports';

export function withSortedLists(properties: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const sorted: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(properties))
    sorted[key] = Array.isArray(value) ? [...new Set(value)].sort(compareText) : value;
  return sorted;
}
