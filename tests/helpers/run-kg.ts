/** Runs the `kg` command line from its TypeScript sources (through tsx), as a user would, and captures its output. */
import { spawn, spawnSync } from 'child_process';
import { mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

export interface KgResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh data directory, so no test writes the store of the working tree. */
export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kg-data-'));
}

export function runKg(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): KgResult {
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'cli', 'kg.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: tempDataDir(), ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface RunningKg {
  /** Resolves with the first stderr line matching `pattern` (rejects if the process ends first). */
  line(pattern: RegExp): Promise<string>;
  signal(name: NodeJS.Signals): void;
  /** How it ended: an exit code, or the signal that killed it. */
  done: Promise<KgResult & { signal: NodeJS.Signals | null }>;
}

/** Starts `kg` without waiting, so a test can watch its progress lines on stderr and signal it midway. */
export function startKg(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): RunningKg {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, 'cli', 'kg.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: '', KG_DATA_DIR: tempDataDir(), ...options.env },
  });
  let stdout = '';
  let stderr = '';
  const waiting: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      for (const w of waiting.filter((x) => x.pattern.test(line))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const done = new Promise<KgResult & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (status, signal) => {
      for (const w of waiting.splice(0))
        w.reject(new Error(`kg ended (${status ?? signal}) before a line matched ${w.pattern}; stderr:\n${stderr}`));
      resolve({ status, signal, stdout, stderr });
    });
  });
  return {
    line: (pattern) => new Promise((resolve, reject) => waiting.push({ pattern, resolve, reject })),
    signal: (name) => child.kill(name),
    done,
  };
}
