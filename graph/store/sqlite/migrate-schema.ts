/**
 * Schema versions of graph.sqlite, recorded in `PRAGMA user_version`: a new file gets the current schema, an older one
 * is migrated step by step in one transaction, a newer one (written by a later version of this program) is refused,
 * and so is an SQLite file of another program. `PRAGMA application_id` marks the file as ours.
 */
import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error';
import { STALE_IF_UNRECORDED } from './analysis-state';
import { derivedDdl, searchIndexSettings } from './derived-ddl';
import { addedColumnsDdl, readIndexesV3, tableDdl } from './table-ddl';
import { viewDdl } from './view-ddl';

/** "GKG1": tells a governance-kg store from any other SQLite file. */
export const APPLICATION_ID = 0x474b4731;

/**
 * Migration i takes the file from version i to i + 1. The first creates the current schema, so a later one that adds
 * properties adds only the columns a file lacks (2: Practice.titleStart, titleEnd, pageBreaks, which `kg relink`
 * reads); 3 adds the full-text buffer setting and the adoption matrix's covering index; 4 marks the analyses of files
 * that did not record whether they finished (an interrupted ingest left them partial) stale, so the next run
 * recomputes them.
 */
const MIGRATIONS: readonly ((db: Database) => string[])[] = [
  () => [...tableDdl(), ...derivedDdl(), ...viewDdl()],
  (db) => addedColumnsDdl(tableColumns(db)),
  () => [...searchIndexSettings(), ...readIndexesV3()],
  () => [STALE_IF_UNRECORDED],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file to SCHEMA_VERSION (a writable connection); does nothing when it is current. */
export function migrateSchema(db: Database, file: string): void {
  if (checkVersion(db, file) === SCHEMA_VERSION) return;
  db.transaction(() => {
    // Read again inside the write transaction: another process may have migrated the file meanwhile.
    const version = checkVersion(db, file);
    for (let step = version; step < SCHEMA_VERSION; step++)
      for (const statement of (MIGRATIONS[step] as (db: Database) => string[])(db)) db.exec(statement);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** The file's schema version, after refusing files this program cannot read. */
export function checkVersion(db: Database, file: string): number {
  const version = Number(db.pragma('user_version', { simple: true }));
  const application = Number(db.pragma('application_id', { simple: true }));
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      'StoreUnavailable',
      `open: ${file} has schema version ${version}, written by a newer version of this program (this one reads up to ${SCHEMA_VERSION}); upgrade governance-kg, or export the graph with the newer version and \`kg load\` it here`,
    );
  }
  const tables = Number(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get());
  if (application !== APPLICATION_ID && (version > 0 || tables > 0)) {
    throw new StoreError(
      'Corrupt',
      `open: ${file} is an SQLite database of another program (application id ${application}); it was left as it is — use another data directory`,
    );
  }
  return version;
}

/** The file's tables and their columns. */
function tableColumns(db: Database): Map<string, Set<string>> {
  const rows = db
    .prepare(
      "SELECT m.name AS tableName, c.name AS columnName FROM sqlite_schema m JOIN pragma_table_info(m.name) c WHERE m.type = 'table'",
    )
    .all() as { tableName: string; columnName: string }[];
  const tables = new Map<string, Set<string>>();
  for (const { tableName, columnName } of rows)
    tables.set(tableName, (tables.get(tableName) ?? new Set()).add(columnName));
  return tables;
}
