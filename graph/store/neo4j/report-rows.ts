/** Report rows (practice, bulletin, date) as the analysis statements return them, checked into the shared Report shape. */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Report } from '../first-reports';
import { field, stringField } from './record-fields';

export function reportOf(record: Neo4jRecord): Report {
  return {
    practiceId: stringField(record, 'practiceId'),
    bulletinId: optionalString(field(record, 'bulletinId')) ?? '',
    date: optionalString(field(record, 'date')),
  };
}

export function optionalString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
