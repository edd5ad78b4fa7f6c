/**
 * The store's FTS5 ranking functions (native/kg-search.c), compiled by `npm run build` into dist/native and loaded
 * into every connection. FTS5 tells how often and where a phrase matched only to C auxiliary functions; the
 * contract's ranking needs both, for every match, inside the one statement that orders and pages the hits.
 */
import { existsSync } from 'fs';
import path from 'path';
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error';

/** The package root: the nearest folder above this module holding package.json (the same from sources and dist/). */
export function packageRootOf(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

/** Where the compiled extension lives (dist/native/kg-search.so, .dylib on macOS). */
export function searchExtensionFile(): string {
  const suffix = process.platform === 'darwin' ? 'dylib' : process.platform === 'win32' ? 'dll' : 'so';
  return path.join(packageRootOf(__dirname), 'dist', 'native', `kg-search.${suffix}`);
}

export function loadSearchExtension(db: Database): void {
  const file = searchExtensionFile();
  if (!existsSync(file)) {
    throw new StoreError(
      'StoreUnavailable',
      `open: the search extension ${file} is missing; build it with \`npm run build\` (needs a C compiler, as nodejieba does)`,
    );
  }
  try {
    // SQLite derives the entry point from the file name: kg-search → sqlite3_kgsearch_init (native/kg-search.c).
    db.loadExtension(file);
  } catch (error) {
    throw new StoreError(
      'StoreUnavailable',
      `open: could not load the search extension ${file} (${(error as Error).message}); rebuild it with \`npm run build\``,
    );
  }
}
