/**
 * Loads pdfjs-dist's legacy build (the one meant for Node) once, with the paths of its bundled CMaps and standard
 * fonts, so CJK fonts with predefined encodings decode offline.
 */
import path from 'path';
import { nodeRequire } from '../node-require';

export type Pdfjs = typeof import('pdfjs-dist');

let loaded: Pdfjs | undefined;

export function loadPdfjs(): Pdfjs {
  loaded ??= nodeRequire<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Folder paths (with the trailing separator pdfjs expects) of the resources bundled in the package. */
export function pdfjsResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
}
