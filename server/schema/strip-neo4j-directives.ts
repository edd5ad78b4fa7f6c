/**
 * The embedded mode serves the same SDL without @neo4j/graphql's directives (@node, @relationship, @limit, …) and
 * without the `extend schema @mutation(…)` that configures it: they mean nothing to plain graphql-js, and leaving
 * them out keeps the embedded schema free of directives it does not honour. Standard ones (@deprecated) stay.
 */
import { specifiedDirectives, visit, type DocumentNode } from 'graphql';

const STANDARD = new Set(specifiedDirectives.map((directive) => directive.name));

export function stripNeo4jDirectives(document: DocumentNode): DocumentNode {
  return visit(document, {
    Directive: (directive) => (STANDARD.has(directive.name.value) ? undefined : null),
    SchemaExtension: () => null,
  });
}
