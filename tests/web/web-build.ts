/** The built explorer for browser tests: dist/web, rebuilt with Vite only when a file under web/ is newer than it. */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');
export const WEB_DIST = path.join(ROOT, 'dist', 'web');

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }, 0);
}

export function ensureWebBuild(): string {
  const index = path.join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(path.join(ROOT, 'web'))) return WEB_DIST;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--configLoader', 'runner', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  return WEB_DIST;
}
