/**
 * Node's own `require`, for packages published as ES modules only (pdfjs-dist) or depending on such (linkedom needs
 * css-select 7). Node ≥ 20.19 loads ES modules through require; a test runner's module registry may not, so the
 * loader is taken from the built-in `module` rather than from whatever `require` this file was given.
 */
export function nodeRequire<T>(id: string): T {
  const nodeModule = process.getBuiltinModule('module') as typeof import('module');
  return nodeModule.createRequire(__filename)(id) as T;
}
