/** Pagination under the hard caps of READ_CAPS: whatever a caller asks, a read returns at most `cap` items. */
import type { PageRequest } from '../graph-store';

export interface PageWindow {
  offset: number;
  limit: number;
}

/** Clamps a request: offset ≥ 0, 0 ≤ limit ≤ cap (default `fallback`, itself capped). */
export function pageWindow({
  request,
  cap,
  fallback = 50,
}: {
  request: PageRequest;
  cap: number;
  fallback?: number;
}): PageWindow {
  const offset = Number.isFinite(request.offset) ? Math.max(0, Math.floor(request.offset as number)) : 0;
  const asked = Number.isFinite(request.limit) ? Math.floor(request.limit as number) : fallback;
  return { offset, limit: Math.min(cap, Math.max(0, asked)) };
}

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
