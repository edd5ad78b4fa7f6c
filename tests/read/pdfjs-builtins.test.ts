/**
 * pdfjs's legacy bundles replace Array.prototype.push and JSON.parse/stringify with slow core-js versions; after
 * loading pdfjs (in Node's own realm, as `kg ingest` does — jest's sandbox has built-ins of its own) Node's stay.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

test('loading pdfjs keeps Node’s own push and JSON, and the polyfills of what Node lacks', () => {
  const script = [
    'const natives = [Array.prototype.push, JSON.parse, JSON.stringify];',
    "const { loadPdfjs } = require('./ingest/read/pdf/load-pdfjs.ts');",
    'const pdfjs = loadPdfjs();',
    'const kept = [Array.prototype.push, JSON.parse, JSON.stringify].map((f, i) => f === natives[i]);',
    'console.log(JSON.stringify({ kept, worker: typeof globalThis.pdfjsWorker.WorkerMessageHandler, api: typeof pdfjs.getDocument }));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout.trim())).toEqual({ kept: [true, true, true], worker: 'function', api: 'function' });
});
