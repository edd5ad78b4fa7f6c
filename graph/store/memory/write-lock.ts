/**
 * One writer per data directory: `<dataDir>/graph.lock` holds the writer's pid, host and a random token.
 * The file is created complete and atomically (written aside, then hard-linked into place, which fails if it
 * exists), so another process never reads a half-written lock. A lock whose process is gone — a dead pid on
 * this host, or this very pid but a token no store here holds (a container restarted as pid 1) — is stale and
 * taken over. A lock from another host cannot be checked and is respected.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { StoreError } from '../store-error';
import { LOCK_FILE_NAME } from './snapshot-layout';

export interface LockHolder {
  pid: number;
  hostname: string;
  token: string;
  acquiredAt: string;
}

export interface WriteLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Tokens of the locks this process holds, to tell a live in-process holder from a reused pid. */
const heldHere = new Set<string>();

export async function acquireWriteLock(dataDir: string): Promise<WriteLock> {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder: LockHolder = { pid: process.pid, hostname: os.hostname(), token: randomBytes(8).toString('hex'), acquiredAt: new Date().toISOString() };
  const aside = `${file}.${holder.token}`;
  await fs.writeFile(aside, JSON.stringify(holder), 'utf8');
  try {
    // Two attempts: the second follows the removal of a stale lock.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await fs.link(aside, file);
        heldHere.add(holder.token);
        return { file, release: () => releaseLock(file, holder.token) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw unavailable(file, error);
      }
      const current = await readHolder(file);
      if (current && isAlive(current)) throw locked(file, current);
      // Residual race: two processes taking over the same stale lock at the same instant could both succeed.
      await fs.rm(file, { force: true });
    }
    const current = await readHolder(file);
    throw current ? locked(file, current) : unavailable(file, new Error('the lock changed hands while it was being taken'));
  } finally {
    await fs.rm(aside, { force: true });
  }
}

export async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string'
      ? { pid: parsed.pid, token: parsed.token, hostname: String(parsed.hostname ?? ''), acquiredAt: String(parsed.acquiredAt ?? '') }
      : null;
  } catch {
    // Unreadable or garbage: no live writer can be named, so the lock is treated as stale.
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== os.hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseLock(file: string, token: string): Promise<void> {
  heldHere.delete(token);
  const current = await readHolder(file);
  if (current?.token === token) await fs.rm(file, { force: true });
}

function locked(file: string, holder: LockHolder): StoreError {
  const host = holder.hostname === os.hostname() ? '' : ` on ${holder.hostname}`;
  return new StoreError(
    'Locked',
    `write: the graph in ${path.dirname(file)} is locked by process ${holder.pid}${host} (since ${holder.acquiredAt}; lock file ${file}). ` +
      'Another writer (kg ingest or the server) is running: stop it first. If that process no longer exists, delete the lock file.',
  );
}

function unavailable(file: string, error: unknown): StoreError {
  return new StoreError('StoreUnavailable', `write: cannot take the lock ${file}: ${(error as Error).message}`);
}
