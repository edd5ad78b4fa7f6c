/**
 * `kg start` as `npm start` runs it, in a child process on a fresh data directory: it ingests the samples, serves
 * (printing its URL), answers, sees a bulletin that `kg ingest` stores beside it at its next request (no reload),
 * and on SIGTERM closes the server and the store and exits 0.
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import path from 'path';
import { runKg, tempDataDir } from '../helpers/run-kg';
import { SAMPLE_FILES, sampleText } from '../helpers/sample-bulletins';

const ROOT = path.join(__dirname, '..', '..');

test('kg start ingests into an empty store, serves, picks up a new ingest, and shuts down cleanly on SIGTERM', async () => {
  const dataDir = tempDataDir();
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', path.join(ROOT, 'cli', 'kg.ts'), 'start', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: dataDir },
    },
  );
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed; stdout: ${stdout}`)), 90_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving the sqlite store at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', () => reject(new Error(`kg start exited early; stdout: ${stdout}`)));
  });
  try {
    expect(stdout).toContain('ingesting the sample bulletins');
    const health = (await (await fetch(`${url}health`)).json()) as { status: string; bulletins: number };
    expect(health).toMatchObject({ status: 'ok', bulletins: 5 });

    const extraDir = path.join(dataDir, 'incoming');
    mkdirSync(extraDir);
    writeFileSync(path.join(extraDir, 'reprint.txt'), `${sampleText(SAMPLE_FILES.anqing37)}\n（转载）\n`);
    expect(runKg(['ingest', extraDir], { env: { KG_DATA_DIR: dataDir } }).status).toBe(0);
    // Committed by the ingest: the very next request sees it, no polling interval to wait for.
    expect(((await (await fetch(`${url}health`)).json()) as { bulletins: number }).bulletins).toBe(6);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(stdout).toContain('SIGTERM: shutting down');
  expect(existsSync(path.join(dataDir, 'graph.sqlite'))).toBe(true);
}, 120_000);
