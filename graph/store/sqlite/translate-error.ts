/**
 * SQLite errors → StoreErrors, at the one boundary every statement passes (sqlite-connection.ts): each names the
 * operation, the database file and the reason, in words a user can act on. StoreErrors pass through unchanged.
 */
import { StoreError } from '../store-error';

interface SqliteFailure {
  code: string;
  message: string;
}

export function translateError({
  error,
  operation,
  file,
}: {
  error: unknown;
  operation: string;
  file: string;
}): StoreError {
  if (error instanceof StoreError) return error;
  if (!isSqliteFailure(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new StoreError('StoreUnavailable', `${operation}: ${file}: ${reason}`);
  }
  const { code, message } = error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError(
      'Locked',
      `${operation}: another process is writing to the store ${file} and did not finish in time; try again when it is done (${message})`,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StoreError(
      'Corrupt',
      `${operation}: ${file} is damaged or is not an SQLite database (${message}); it was left as it is — restore a copy, or move it away and load an export with \`kg load\``,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new StoreError(
      'StoreUnavailable',
      `${operation}: could not write ${file}: the disk is full or failing (${message}); this write was not stored, what was stored before is intact`,
    );
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError(
      'ReadOnly',
      `${operation}: ${file} cannot be written: the file or its directory is read-only (${message})`,
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_AUTH'
  ) {
    return new StoreError('StoreUnavailable', `${operation}: cannot open or read ${file} (${message})`);
  }
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return new StoreError('InvalidInput', `${operation}: refused by a constraint of ${file} (${message})`);
  return new StoreError('StoreUnavailable', `${operation}: ${file}: ${message} (${code})`);
}

/** By shape, not class: the driver's error class may come from another realm (a vm context, a worker). */
function isSqliteFailure(error: unknown): error is SqliteFailure {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && code.startsWith('SQLITE_') && typeof message === 'string';
}
