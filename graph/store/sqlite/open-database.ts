/**
 * Opens `<dataDir>/graph.sqlite` for the store: creates or migrates it, sets WAL mode (readers never wait for the
 * writer), a busy timeout (a second writer waits, then fails with `Locked`), durable commits and foreign keys, and
 * loads the search functions. Failures name the file and the reason (translate-error.ts); nothing is ever rewritten.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync } from 'fs';
import path from 'path';
import { StoreError } from '../store-error';
import { checkVersion, migrateSchema, SCHEMA_VERSION } from './migrate-schema';
import { loadSearchExtension } from './search-extension';
import { translateError } from './translate-error';

export const DATABASE_FILE_NAME = 'graph.sqlite';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Open a read-only connection (it still creates or migrates a missing or older file first). */
  readOnly: boolean;
  /** How long a write waits for another writer before failing (ms). */
  busyTimeoutMs: number;
}

/**
 * Page cache per connection (KiB): a reader's holds the hot indexes and stays small (`kg serve`'s memory); a writer's
 * is larger, since a bulk load touches index pages all over a file of gigabytes.
 */
const READER_CACHE_KIB = 64 * 1024;
const WRITER_CACHE_KIB = 256 * 1024;

export function openDatabase(options: OpenDatabaseOptions): Database {
  const file = path.join(options.dataDir, DATABASE_FILE_NAME);
  if (!isWritableDirectory(options.dataDir)) {
    // Even a reader writes beside the file in WAL mode (the shared-memory index, graph.sqlite-shm).
    throw new StoreError(
      'ReadOnly',
      `open: cannot use ${file}: its directory ${options.dataDir} is read-only, and SQLite keeps its write-ahead log beside the file; copy the data directory somewhere writable`,
    );
  }
  if (!options.readOnly || !existsSync(file)) prepareFile(options, file);
  else if (openWith(file, true, options, (db) => checkVersion(db, file)) !== SCHEMA_VERSION) prepareFile(options, file);
  const db = connect(file, options.readOnly, options);
  try {
    loadSearchExtension(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates or migrates the file with a writable connection. */
function prepareFile(options: OpenDatabaseOptions, file: string): void {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new StoreError(
      'ReadOnly',
      `open: cannot create the data directory ${options.dataDir} (${(error as Error).message})`,
    );
  }
  openWith(file, false, options, (db) => migrateSchema(db, file));
}

/** True when the directory can be written (or does not exist yet, and will be made). */
function isWritableDirectory(dir: string): boolean {
  if (!existsSync(dir)) return true;
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function openWith<T>(file: string, readOnly: boolean, options: OpenDatabaseOptions, use: (db: Database) => T): T {
  const db = connect(file, readOnly, options);
  try {
    return use(db);
  } catch (error) {
    throw translateError({ error, operation: 'open', file });
  } finally {
    db.close();
  }
}

function connect(file: string, readOnly: boolean, options: OpenDatabaseOptions): Database {
  let db: Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: readOnly, fileMustExist: readOnly, timeout: options.busyTimeoutMs });
    // The first statement reads the header: a file that is not SQLite fails here, before anything is written.
    db.pragma('schema_version');
    if (!readOnly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${readOnly ? READER_CACHE_KIB : WRITER_CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (error) {
    db?.close();
    throw translateError({ error, operation: 'open', file });
  }
}
