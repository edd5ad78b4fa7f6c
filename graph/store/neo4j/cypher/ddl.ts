/**
 * Constraints and indexes, generated from graph/schema.ts and created idempotently (IF NOT EXISTS) by `open()`.
 * Names and definitions match graph/export/cypher-schema.ts, so a database loaded from a Cypher export and one
 * filled by this store carry the same schema (a test keeps the two in step).
 */
import { FULLTEXT_INDEX, PROPERTY_INDEXES, UNIQUE_ID_LABELS } from '../../../schema';
import { label, propertyKey, schemaName, snake } from './identifiers';
import { statement, type CypherStatement } from './statement';

/** `id` is unique within each label; the constraint also gives every `MERGE (n:Label {id: …})` its index. */
export const CONSTRAINTS: readonly CypherStatement<never>[] = UNIQUE_ID_LABELS.map((l) =>
  statement({
    name: `ddl.constraint.${l}.id`,
    text: `CREATE CONSTRAINT ${schemaName(`${snake(l)}_id_unique`)} IF NOT EXISTS FOR (n:${label(l)}) REQUIRE n.id IS UNIQUE`,
  }),
);

export const PROPERTY_INDEX_STATEMENTS: readonly CypherStatement<never>[] = PROPERTY_INDEXES.map(
  ({ label: l, property }) =>
    statement({
      name: `ddl.index.${l}.${property}`,
      text: `CREATE INDEX ${schemaName(`${snake(l)}_${snake(property)}`)} IF NOT EXISTS FOR (n:${label(l)}) ON (n.${propertyKey(property)})`,
    }),
);

const FULLTEXT_LABELS = Object.keys(FULLTEXT_INDEX.fields).map(label);
/**
 * List properties (Mechanism.aliases) are indexed as they are: since Neo4j 5 a fulltext index analyses each element
 * of a LIST<STRING> on its own (Cypher manual, "Full-text indexes → Text array properties"), so no derived string
 * property is needed.
 */
const FULLTEXT_PROPERTIES = [...new Set(Object.values(FULLTEXT_INDEX.fields).flat())].map(propertyKey);

/** `cjk` splits Chinese into overlapping bigrams, so 红色物业 is found without a word segmenter inside Neo4j. */
export const FULLTEXT_INDEX_STATEMENT = statement({
  name: 'ddl.fulltext',
  text: `CREATE FULLTEXT INDEX ${schemaName(FULLTEXT_INDEX.name)} IF NOT EXISTS
   FOR (n:${FULLTEXT_LABELS.join('|')})
   ON EACH [${FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(', ')}]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${schemaName(FULLTEXT_INDEX.analyzer)}'}}`,
});

/** Everything `open()` creates, in order: constraints first, since MERGE relies on them. */
export const DDL: readonly CypherStatement<never>[] = [
  ...CONSTRAINTS,
  ...PROPERTY_INDEX_STATEMENTS,
  FULLTEXT_INDEX_STATEMENT,
];

/** New indexes populate in the background; a search right after `open()` must not meet a POPULATING index. */
export const AWAIT_INDEXES = statement({
  name: 'ddl.awaitIndexes',
  text: 'CALL db.awaitIndexes($timeoutSeconds)',
  params: ['timeoutSeconds'],
});
