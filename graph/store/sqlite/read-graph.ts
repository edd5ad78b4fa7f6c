/** stats() and exportDocument(): counts per label and type, and the whole graph with nodes and relationships in id order. */
import type { GraphDocument, GraphRelationship } from '../../graph-document';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel } from '../../schema';
import { compareText } from '../first-reports';
import type { GraphStats } from '../graph-store';
import type { Sql } from './sqlite-connection';
import { NODE_TABLES, quoted, RELATIONSHIP_TABLES } from './sqlite-tables';
import { nodeColumns, relationshipColumns, toGraphNode, toGraphRelationship, type Row } from './row-values';

export function readStats(sql: Sql): GraphStats {
  const count = (table: string) =>
    Number(
      sql
        .statement(`SELECT count(*) FROM ${quoted(table)}`)
        .pluck()
        .get(),
    );
  const nodes = Object.fromEntries(NODE_LABELS.map((label) => [label, count(NODE_TABLES[label].table)])) as Record<
    NodeLabel,
    number
  >;
  const relationships = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, count(RELATIONSHIP_TABLES[type].table)]),
  );
  return { nodes, relationships, bulletins: nodes.Bulletin, practices: nodes.Practice };
}

/** Sorted by id (code-unit order), so equal graphs export equal documents whichever store holds them. */
export function readWholeGraph(sql: Sql): GraphDocument {
  const nodes = NODE_LABELS.flatMap((label) =>
    (sql.statement(`SELECT ${nodeColumns(label)} FROM ${quoted(NODE_TABLES[label].table)}`).all() as Row[]).map((row) =>
      toGraphNode(label, row),
    ),
  );
  const relationships: GraphRelationship[] = RELATIONSHIP_TYPES.flatMap((type) =>
    (
      sql
        .statement(`SELECT ${relationshipColumns(type)} FROM ${quoted(RELATIONSHIP_TABLES[type].table)}`)
        .all() as Row[]
    ).map((row) => toGraphRelationship(type, row)),
  );
  nodes.sort((a, b) => compareText(a.id, b.id));
  relationships.sort((a, b) => compareText(a.id, b.id));
  return { nodes, relationships };
}
