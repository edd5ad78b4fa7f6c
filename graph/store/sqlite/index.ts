/** The SQLite store's public surface. */
export { createSqliteStore, type SqliteStore, type SqliteStoreOptions } from './create-sqlite-store';
