/** Runs the `kg` command line from its TypeScript sources (through tsx), as a user would, and captures its output. */
import { spawnSync } from 'child_process';
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
