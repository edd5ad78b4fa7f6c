/**
 * The schema's constraints and indexes as idempotent Cypher DDL (Neo4j 5 syntax), derived from graph/schema.ts.
 * The Cypher export starts with them; the CSV export ships them as schema.cypher because neo4j-admin (Community)
 * creates none.
 */
import { FULLTEXT_INDEX, PROPERTY_INDEXES, UNIQUE_ID_LABELS } from '../schema';
import { cypherString } from './cypher-literal';

/** How long the script lets Neo4j build the new indexes before the first MERGE relies on them. */
const AWAIT_INDEXES_SECONDS = 300;

/**
 * Statements without their terminating `;`. Names are derived from labels and properties, which the schema
 * declares as identifiers, so nothing here comes from data.
 */
export function schemaStatements(): string[] {
  const constraints = UNIQUE_ID_LABELS.map(
    (label) => `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = PROPERTY_INDEXES.map(
    ({ label, property }) =>
      `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  );
  const labels = Object.keys(FULLTEXT_INDEX.fields);
  const properties = [...new Set(Object.values(FULLTEXT_INDEX.fields).flat())];
  const fulltext =
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.name} IF NOT EXISTS FOR (n:${labels.join('|')}) ` +
    `ON EACH [${properties.map((p) => `n.${p}`).join(', ')}] ` +
    `OPTIONS {indexConfig: {\`fulltext.analyzer\`: ${cypherString(FULLTEXT_INDEX.analyzer)}}}`;
  return [...constraints, ...indexes, fulltext, `CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`];
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
