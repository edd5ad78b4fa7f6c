/**
 * The explorer's large test corpus: at least 1,000 bulletins made by the bench's generator from the samples, with
 * their masthead dates set to plausible, seeded dates (the generator scrambles every digit, years included), and
 * ingested with `kg ingest` into a data directory. Built once per test run in the temp directory and shared by the
 * test files of that run; KG_WEB_CORPUS names a data directory built before, to skip the build while developing.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, promises as fs, readdirSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { generateCorpus } from '../../bench/generate-corpus';
import { SAMPLES_DIR } from '../helpers/sample-bulletins';

const ROOT = path.join(__dirname, '..', '..');
export const LARGE_BULLETINS = 1000;
/** A written date as the samples print it (2023 年 12 月 12 日, with or without spaces). */
const WRITTEN_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g;
const FIRST_YEAR = 2016;
const YEARS = 9;

export async function largeCorpusDataDir(): Promise<string> {
  const given = process.env['KG_WEB_CORPUS'];
  if (given) return given;
  // Jest's workers share their parent: one corpus per run, whichever test file asks first.
  removeStaleCorpora();
  const dir = path.join(os.tmpdir(), `kg-web-corpus-${process.ppid}`);
  const data = path.join(dir, 'data');
  const ready = path.join(dir, 'ready');
  if (existsSync(ready)) return data;
  const corpus = path.join(dir, 'corpus');
  const samples = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt'));
  const sampleBytes = samples.reduce((sum, f) => sum + statSync(path.join(SAMPLES_DIR, f)).size, 0);
  const generated = await generateCorpus({
    samplesDir: SAMPLES_DIR,
    outDir: corpus,
    minBytes: Math.ceil((sampleBytes / samples.length) * (LARGE_BULLETINS + 2)),
  });
  if (generated.files < LARGE_BULLETINS) throw new Error(`large corpus: only ${generated.files} bulletins generated`);
  await redate(corpus);
  mkdirSync(data, { recursive: true });
  const result = spawnSync(
    process.execPath,
    ['--require', 'tsx/cjs', path.join(ROOT, 'cli', 'kg.ts'), 'ingest', corpus],
    {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: data },
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`large corpus: kg ingest failed (${result.status}): ${result.stderr.slice(-2000)}`);
  writeFileSync(ready, `${generated.files}\n`);
  return data;
}

/** Corpora of earlier runs (their jest process has ended) are removed, so the temp directory does not fill up. */
function removeStaleCorpora(): void {
  for (const name of readdirSync(os.tmpdir())) {
    const pid = Number(/^kg-web-corpus-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.ppid || alive(pid)) continue;
    rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every written date of bulletin i becomes a date in FIRST_YEAR … FIRST_YEAR + YEARS - 1, spread over the corpus. */
async function redate(corpus: string): Promise<void> {
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  await Promise.all(
    files.map(async (file, i) => {
      const year = FIRST_YEAR + Math.floor((i * YEARS) / files.length);
      const month = 1 + ((i * 7) % 12);
      const day = 1 + ((i * 13) % 28);
      const text = await fs.readFile(path.join(corpus, file), 'utf8');
      await fs.writeFile(path.join(corpus, file), text.replace(WRITTEN_DATE, `${year} 年 ${month} 月 ${day} 日`));
    }),
  );
}
