/**
 * Request limits shared by the reads, with the SQLite store's semantics (graph/store/sqlite/page-window.ts) so both
 * stores answer the same request alike: numbers are floored and clamped, never refused, and whatever the caller
 * asks, a read returns at most the port's READ_CAPS.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import type { PageRequest } from '../graph-store';
import { StoreError } from '../store-error';

export interface Window {
  offset: number;
  limit: number;
}

/** Page size when the caller gives none (the SQLite store's default too). */
export const DEFAULT_PAGE = 50;

/** offset ≥ 0; 0 ≤ limit ≤ cap, `fallback` when absent. */
export function pageWindow({
  request,
  cap,
  fallback = DEFAULT_PAGE,
}: {
  request: PageRequest;
  cap: number;
  fallback?: number;
}): Window {
  const offset = Number.isFinite(request.offset) ? Math.max(0, Math.floor(request.offset as number)) : 0;
  return { offset, limit: clampLimit({ limit: request.limit, cap, fallback }) };
}

/** 0 ≤ limit ≤ cap, floored; `fallback` (itself capped) when absent or not a number. */
export function clampLimit({
  limit,
  cap,
  fallback = cap,
}: {
  limit: number | undefined;
  cap: number;
  fallback?: number;
}): number {
  return Number.isFinite(limit) ? Math.min(cap, Math.max(0, Math.floor(limit as number))) : Math.min(cap, fallback);
}

export function requireId(operation: string, id: unknown): string {
  if (typeof id !== 'string') throw new StoreError('InvalidInput', `${operation}: id must be a string`);
  return id;
}

/** An optional list of strings; absent → null, which the statements read as "no filter". */
export function optionalStrings({
  operation,
  name,
  value,
}: {
  operation: string;
  name: string;
  value: readonly string[] | undefined;
}): string[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new StoreError('InvalidInput', `${operation}: ${name} must be a list of strings`);
  }
  return [...value];
}

/** SKIP and LIMIT take INTEGER; a JavaScript number would arrive as FLOAT and be refused. */
export function int(value: number): Integer {
  return neo4j.int(value);
}
