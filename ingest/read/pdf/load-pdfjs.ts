/**
 * Loads pdfjs-dist's legacy build (the one meant for Node) once, with the paths of its bundled CMaps and standard
 * fonts, so CJK fonts with predefined encodings decode offline.
 */
import path from 'path';

export type Pdfjs = typeof import('pdfjs-dist');

let loaded: Pdfjs | undefined;

export function loadPdfjs(): Pdfjs {
  if (!loaded) {
    // pdfjs ships as ES modules only. Node's own require loads those (Node ≥ 20.19); a test runner's module registry
    // may not, so the loader is taken from the built-in module rather than from whatever `require` this file was given.
    const nodeModule = process.getBuiltinModule('module') as typeof import('module');
    loaded = nodeModule.createRequire(__filename)('pdfjs-dist/legacy/build/pdf.mjs') as Pdfjs;
  }
  return loaded;
}

/** Folder paths (with the trailing separator pdfjs expects) of the resources bundled in the package. */
export function pdfjsResources(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
}
