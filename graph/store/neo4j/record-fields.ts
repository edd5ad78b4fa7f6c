/** Typed access to driver records: `Record.get` is typed `any`, so every value is taken as `unknown` and checked. */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { StoreError } from '../store-error';

export function field(record: Neo4jRecord, key: string): unknown {
  const value: unknown = record.get(key);
  return value;
}

export function stringField(record: Neo4jRecord, key: string): string {
  const value = field(record, key);
  if (typeof value !== 'string') throw unexpected(key, 'a string', value);
  return value;
}

export function listField(record: Neo4jRecord, key: string): unknown[] {
  const value = field(record, key);
  if (!Array.isArray(value)) throw unexpected(key, 'a list', value);
  return value as unknown[];
}

export function stringList(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
    throw unexpected(what, 'a list of strings', value);
  return value;
}

/** A Cypher map (as returned by a map projection or pattern comprehension). */
export function mapValue(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw unexpected(what, 'a map', value);
  return value as Record<string, unknown>;
}

/** A store query returned something its statement cannot produce: the database is not the one we wrote. */
function unexpected(what: string, expected: string, value: unknown): StoreError {
  return new StoreError(
    'StoreUnavailable',
    `neo4j: expected ${expected} for ${what}, got ${value === null ? 'null' : typeof value}`,
  );
}
