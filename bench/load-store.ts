/**
 * The store the server is loaded and attacked on: ≥ 1,000 synthetic bulletins (generate-corpus.ts) ingested with
 * `kg ingest` in a child process — through the command line, so it is whatever store `kg` writes. Built once into
 * `dir` and reused while the code that makes it (graph/, ingest/, cli/, the lock file) is unchanged; processes asking
 * for the same `dir` at once wait for the one building it.
 */
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, promises as fs, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { promisify } from 'util';
import { packageRoot } from '../cli/package-root';
import { generateCorpus } from './generate-corpus';
import { kgCommand } from './serve-process';

export interface LoadStore {
  /** The data directory to serve (`kg serve --data-dir`). */
  dataDir: string;
  bulletins: number;
}

const MARKER = 'load-store.json';

export async function ensureLoadStore(input: { dir: string; bulletins: number }): Promise<LoadStore> {
  const key = sourceKey(input.bulletins);
  const dataDir = path.join(input.dir, 'store');
  if (readMarker(input.dir)?.key === key) return { dataDir, bulletins: input.bulletins };
  await fs.mkdir(path.dirname(input.dir), { recursive: true });
  const lock = `${input.dir}.lock`;
  while (!(await tryLock(lock))) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (readMarker(input.dir)?.key === key) return { dataDir, bulletins: input.bulletins };
  }
  try {
    await fs.rm(input.dir, { recursive: true, force: true });
    const root = packageRoot(__dirname);
    const corpus = await generateCorpus({
      samplesDir: path.join(root, 'data', 'samples'),
      outDir: path.join(input.dir, 'corpus'),
      minBytes: 0,
      minFiles: input.bulletins,
    });
    await promisify(execFile)(process.execPath, kgCommand(['ingest', corpus.dir, '--data-dir', dataDir]), {
      cwd: root,
      env: { ...process.env, NEO4J_URI: '' },
      maxBuffer: 64 * 1024 * 1024,
    });
    await fs.writeFile(
      path.join(input.dir, MARKER),
      JSON.stringify({ key, bulletins: corpus.files, bytes: corpus.bytes }),
    );
    return { dataDir, bulletins: corpus.files };
  } finally {
    await fs.rm(lock, { recursive: true, force: true });
  }
}

function readMarker(dir: string): { key?: string } | undefined {
  const file = path.join(dir, MARKER);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { key?: string }) : undefined;
}

/** A lock directory (mkdir is atomic); one left by a dead builder over ten minutes ago is taken over. */
async function tryLock(lock: string): Promise<boolean> {
  try {
    await fs.mkdir(lock);
    return true;
  } catch {
    const age =
      Date.now() -
      (await fs.stat(lock).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      ));
    if (age > 10 * 60_000) await fs.rm(lock, { recursive: true, force: true });
    return false;
  }
}

/** A hash of everything that decides what the store holds and how it is written. */
export function sourceKey(bulletins: number): string {
  const root = packageRoot(__dirname);
  const hash = createHash('sha256').update(String(bulletins));
  const files = ['graph', 'ingest', 'cli', 'bench/generate-corpus.ts'].flatMap((entry) =>
    listFiles(path.join(root, entry)),
  );
  for (const file of [...files, path.join(root, 'package-lock.json')].sort())
    hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => listFiles(path.join(entry, name)));
}
