/**
 * Compiles native/kg-search.c into the loadable SQLite extension the store needs (search-extension.ts), against the
 * SQLite headers better-sqlite3 ships. Run by `npm run build` and by the test setup; skips the work when the library
 * is newer than its source. Needs a C compiler (cc), which installing nodejieba requires anyway.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, statSync } from 'fs';
import path from 'path';
import { packageRootOf, searchExtensionFile } from '../search-extension';

export function buildSearchExtension(): string {
  const output = searchExtensionFile();
  // From dist/ too: tsc does not copy the C source, so it is read where it lives in the package.
  const source = path.join(packageRootOf(__dirname), 'graph', 'store', 'sqlite', 'native', 'kg-search.c');
  if (existsSync(output) && statSync(output).mtimeMs >= statSync(source).mtimeMs) return output;
  const headers = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'deps', 'sqlite3');
  mkdirSync(path.dirname(output), { recursive: true });
  const shared = process.platform === 'darwin' ? ['-dynamiclib', '-undefined', 'dynamic_lookup'] : ['-shared'];
  execFileSync(process.env['CC'] ?? 'cc', ['-O2', '-fPIC', ...shared, `-I${headers}`, source, '-o', output], {
    stdio: 'inherit',
  });
  return output;
}

if (require.main === module) {
  console.log(`built ${buildSearchExtension()}`);
}
