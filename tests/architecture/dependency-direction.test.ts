/**
 * The flow runs one way (DESIGN.md): ingest → graph → server → web, with the CLI and the benches on top. A module may
 * import from its own layer and the layers listed for it, never from a later one; the web client talks to the
 * server only over GraphQL, so it imports nothing outside web/.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const ALLOWED: Record<string, string[]> = {
  ingest: ['ingest', 'graph'],
  graph: ['graph'],
  server: ['server', 'graph'],
  cli: ['cli', 'ingest', 'graph', 'server'],
  web: ['web'],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] as string);
}

test.each(Object.entries(ALLOWED))('%s imports only from %j', (layer, allowed) => {
  const violations: string[] = [];
  let read = 0;
  for (const file of sources(path.join(ROOT, layer))) {
    for (const spec of relativeImports(file)) {
      read++;
      const target = path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0] ?? '';
      if (!allowed.includes(target)) violations.push(`${path.relative(ROOT, file)} imports ${spec}`);
    }
  }
  expect(read).toBeGreaterThan(10);
  expect(violations).toEqual([]);
});
