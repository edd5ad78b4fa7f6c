/**
 * DDL of what the store derives from the graph tables and keeps in step in the same transaction as every write:
 * the locality hierarchy's closure, each practice's places (its localities and all above them), adoption counts
 * (reprints left out), the full-text indexes, the analyses' term cache and the store's own settings.
 */
import type { NodeLabel } from '../../schema';
import { SEARCHABLE_LABELS } from '../search-rules';
import { NODE_TABLES } from './sqlite-tables';

/** Labels with a full-text index (schema.ts FULLTEXT_INDEX), each indexed in its own `<table>_fts`. */
export { SEARCHABLE_LABELS };

export function ftsTable(label: NodeLabel): string {
  return `${NODE_TABLES[label].table}_fts`;
}

/**
 * Bytes of new index terms FTS5 holds in memory before writing them out as a segment (its default is 1 MiB). A batch
 * writes its rows together when it settles (pending-practices.ts); at the default, the 2,000 practices of a bulk-load
 * batch came out as several segments, merged again at once. Stored in each index's config table.
 */
const FTS_HASH_BYTES = 32 * 1024 * 1024;

/** Search-index settings (schema version 2). */
export function searchIndexSettings(): string[] {
  return SEARCHABLE_LABELS.map(
    (label) => `INSERT INTO ${ftsTable(label)} (${ftsTable(label)}, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`,
  );
}

export function derivedDdl(): string[] {
  return [
    `CREATE TABLE locality_ancestor (
  locality_id TEXT NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
  ancestor_id TEXT NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
  distance INTEGER NOT NULL,
  PRIMARY KEY (locality_id, ancestor_id)
) WITHOUT ROWID`,
    'CREATE INDEX locality_ancestor_by_ancestor ON locality_ancestor (ancestor_id, locality_id)',
    // Every locality is its own ancestor at distance 0, so roll-ups need no special case for the own level.
    `CREATE TRIGGER locality_is_own_ancestor AFTER INSERT ON locality BEGIN
  INSERT INTO locality_ancestor (locality_id, ancestor_id, distance) VALUES (new.id, new.id, 0);
END`,
    `CREATE TABLE practice_place (
  practice_id TEXT NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
  locality_id TEXT NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
  PRIMARY KEY (practice_id, locality_id)
) WITHOUT ROWID`,
    'CREATE INDEX practice_place_by_locality ON practice_place (locality_id, practice_id)',
    `CREATE TABLE locality_counts (
  locality_id TEXT PRIMARY KEY REFERENCES locality(id) ON DELETE CASCADE,
  practices INTEGER NOT NULL
) WITHOUT ROWID`,
    'CREATE INDEX locality_counts_empty ON locality_counts (locality_id) WHERE practices <= 0',
    `CREATE TABLE adoption_counts (
  locality_id TEXT NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
  mechanism_id TEXT NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE,
  practices INTEGER NOT NULL,
  PRIMARY KEY (locality_id, mechanism_id)
) WITHOUT ROWID`,
    'CREATE INDEX adoption_counts_by_mechanism ON adoption_counts (mechanism_id, locality_id)',
    'CREATE INDEX adoption_counts_empty ON adoption_counts (locality_id, mechanism_id) WHERE practices <= 0',
    `CREATE TABLE mechanism_counts (
  mechanism_id TEXT PRIMARY KEY REFERENCES mechanism(id) ON DELETE CASCADE,
  practices INTEGER NOT NULL
) WITHOUT ROWID`,
    'CREATE INDEX mechanism_counts_empty ON mechanism_counts (mechanism_id) WHERE practices <= 0',
    `CREATE TABLE mechanism_locality_counts (
  mechanism_id TEXT NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE,
  locality_id TEXT NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
  practices INTEGER NOT NULL,
  PRIMARY KEY (mechanism_id, locality_id)
) WITHOUT ROWID`,
    // Foreign keys look up children when a locality row is written: without this index, a scan of the whole table.
    'CREATE INDEX mechanism_locality_counts_by_locality ON mechanism_locality_counts (locality_id, mechanism_id)',
    'CREATE INDEX mechanism_locality_counts_empty ON mechanism_locality_counts (mechanism_id, locality_id) WHERE practices <= 0',
    `CREATE TABLE practice_terms (
  practice_id TEXT PRIMARY KEY REFERENCES practice(id) ON DELETE CASCADE,
  terms TEXT NOT NULL
) WITHOUT ROWID`,
    'CREATE TABLE store_settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID',
    ...SEARCHABLE_LABELS.flatMap((label) => {
      const table = NODE_TABLES[label].table;
      const fts = ftsTable(label);
      return [
        // Contentless: the tokens are hex-coded character bigrams (search-tokens.ts), the text stays in the node table.
        `CREATE VIRTUAL TABLE ${fts} USING fts5(name, body, content='', contentless_delete=1, tokenize='ascii', detail=full)`,
        `CREATE TRIGGER ${fts}_delete AFTER DELETE ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.num; END`,
      ];
    }),
  ];
}
