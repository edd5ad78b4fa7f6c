/**
 * What a client sees of `Bulletin.source`: never a server path. A path stored as given on the command line stays as it
 * is when relative (data/samples/a.txt); an absolute one is cut to its file name, since the directories above what
 * was ingested say nothing about the bulletin and much about the server.
 */
import path from 'path';

export function sourceName(source: string): string {
  const slashed = source.replace(/\\/g, '/');
  if (path.posix.isAbsolute(slashed) || path.win32.isAbsolute(source)) return path.posix.basename(slashed);
  const parts = path.posix
    .normalize(slashed)
    .split('/')
    .filter((part) => part !== '..' && part !== '.' && part !== '');
  return parts.join('/');
}
