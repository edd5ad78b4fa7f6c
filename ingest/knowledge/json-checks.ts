/** Validation helpers for knowledge data files: each failure names the loader, the file and what is wrong. */

export type Json = Record<string, unknown>;

export interface JsonChecks {
  fail(file: string, reason: string): never;
  record(file: string, value: unknown, where: string): Json;
  /** A list of non-empty strings; `optional` lets the field be absent (→ []). */
  strings(file: string, value: unknown, where: string, optional?: boolean): string[];
}

export function jsonChecks(operation: string): JsonChecks {
  const fail = (file: string, reason: string): never => {
    throw new Error(`${operation}: ${file}: ${reason}`);
  };
  return {
    fail,
    record(file, value, where) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${where} must be an object`);
      return value as Json;
    },
    strings(file, value, where, optional = false) {
      if (value === undefined && optional) return [];
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
        fail(file, `${where} must be a list of non-empty strings`);
      }
      return value as string[];
    },
  };
}
