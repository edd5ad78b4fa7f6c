/**
 * Schema names that Cypher cannot take as parameters (labels, relationship types, property keys in patterns and
 * DDL). Each is checked against graph/schema.ts before it is inlined; statements are generated once, at module load.
 */
import {
  FULLTEXT_INDEX,
  NODE_LABELS,
  NODE_PROPERTIES,
  RELATIONSHIP_TYPES,
  isNodeLabel,
  isRelationshipType,
  type NodeLabel,
  type RelationshipType,
} from '../../../schema';

/** Plain identifiers need no backticks; anything else is refused rather than escaped. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

export function label(value: string): NodeLabel {
  if (!isNodeLabel(value) || !IDENTIFIER.test(value))
    throw new Error(`cypher: ${JSON.stringify(value)} is not a schema label`);
  return value;
}

export function relType(value: string): RelationshipType {
  if (!isRelationshipType(value) || !IDENTIFIER.test(value)) {
    throw new Error(`cypher: ${JSON.stringify(value)} is not a schema relationship type`);
  }
  return value;
}

/** A property key declared by some label (or `id`, which every node carries). */
export function propertyKey(value: string): string {
  const declared = value === 'id' || NODE_LABELS.some((l) => Object.hasOwn(NODE_PROPERTIES[l], value));
  if (!declared || !IDENTIFIER.test(value))
    throw new Error(`cypher: ${JSON.stringify(value)} is not a schema property`);
  return value;
}

/** Index and constraint names: generated from identifiers, checked all the same. */
export function schemaName(value: string): string {
  if (!IDENTIFIER.test(value))
    throw new Error(`cypher: ${JSON.stringify(value)} is not a valid index or constraint name`);
  return value;
}

/** `Bulletin|Practice|…`: a label expression matching any schema label. */
export const ANY_LABEL = NODE_LABELS.map(label).join('|');

/** `CONTAINS|LOCATED_IN|…`: a relationship type expression matching any schema type. */
export const ANY_REL_TYPE = RELATIONSHIP_TYPES.map(relType).join('|');

/** The fulltext index name as a Cypher string literal (a schema constant, checked like an identifier). */
export const FULLTEXT_INDEX_LITERAL = `'${schemaName(FULLTEXT_INDEX.name)}'`;

/** `Bulletin` → `bulletin`, `shortName` → `short_name`: how index and constraint names are spelled. */
export function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
