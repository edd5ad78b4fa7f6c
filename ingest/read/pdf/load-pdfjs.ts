/**
 * Loads pdfjs-dist's legacy build (the one meant for Node) once, with the paths of its bundled CMaps and standard
 * fonts, so CJK fonts with predefined encodings decode offline.
 *
 * The legacy bundles carry core-js polyfills that replace a few built-ins Node already has, for spec corners no text
 * extraction reaches (Array.prototype.push on a frozen length, JSON's raw-text proposals). The replacements are plain
 * JavaScript and slow every later push and JSON call of the process — the whole ingest after the first PDF, not only
 * pdfjs. Node's own versions are put back once both bundles (the API and its in-thread worker) are loaded; the
 * polyfills that add what Node lacks stay.
 */
import path from 'path';
import { nodeRequire } from '../node-require';

export type Pdfjs = typeof import('pdfjs-dist');

let loaded: Pdfjs | undefined;

export function loadPdfjs(): Pdfjs {
  if (loaded) return loaded;
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const pdfjs = nodeRequire<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdfjs runs its worker in this thread and takes it from `globalThis.pdfjsWorker` when set; loading it here,
  // not on the first document, lets its polyfills be undone too.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= nodeRequire<unknown>(
    'pdfjs-dist/legacy/build/pdf.worker.mjs',
  );
  Object.defineProperty(Array.prototype, 'push', {
    value: natives.push,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  Object.defineProperty(JSON, 'parse', { value: natives.parse, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(JSON, 'stringify', {
    value: natives.stringify,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  loaded = pdfjs;
  return pdfjs;
}

/** Folder paths (with the trailing separator pdfjs expects) of the resources bundled in the package. */
export function pdfjsResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  };
}
