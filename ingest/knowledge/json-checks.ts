/** Validation helpers for knowledge data files: each failure names the loader, the file and what is wrong. */
import { readFileSync } from 'fs';

export type Json = Record<string, unknown>;

export interface JsonChecks {
  fail(file: string, reason: string): never;
  /** The file's top-level object; a missing file or bad JSON fails naming the file. */
  read(file: string): Json;
  record(file: string, value: unknown, where: string): Json;
  /** A list of non-empty strings; `optional` lets the field be absent (→ []). */
  strings(file: string, value: unknown, where: string, optional?: boolean): string[];
  /** A list of [string, string] pairs of non-empty strings. */
  pairs(file: string, value: unknown, where: string): [string, string][];
  /** An object whose values are all non-empty strings. */
  stringMap(file: string, value: unknown, where: string): Record<string, string>;
  /** A number ≥ `min`. */
  number(file: string, value: unknown, where: string, min: number): number;
}

const isWord = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

export function jsonChecks(operation: string): JsonChecks {
  const fail = (file: string, reason: string): never => {
    throw new Error(`${operation}: ${file}: ${reason}`);
  };
  const record = (file: string, value: unknown, where: string): Json => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${where} must be an object`);
    return value as Json;
  };
  return {
    fail,
    read(file) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        fail(file, `cannot read or parse: ${(err as Error).message}`);
      }
      return record(file, parsed, 'the top level');
    },
    record,
    strings(file, value, where, optional = false) {
      if (value === undefined && optional) return [];
      if (!Array.isArray(value) || !value.every(isWord)) fail(file, `${where} must be a list of non-empty strings`);
      return value as string[];
    },
    pairs(file, value, where) {
      const isPair = (p: unknown): boolean => Array.isArray(p) && p.length === 2 && p.every(isWord);
      if (!Array.isArray(value) || !value.every(isPair))
        fail(file, `${where} must be a list of [string, string] pairs`);
      return value as [string, string][];
    },
    stringMap(file, value, where) {
      const map = record(file, value, where);
      if (!Object.values(map).every(isWord)) fail(file, `${where} must map names to non-empty strings`);
      return map as Record<string, string>;
    },
    number(file, value, where, min) {
      if (typeof value !== 'number' || !(value >= min)) fail(file, `${where} must be a number ≥ ${min}`);
      return value as number;
    },
  };
}
