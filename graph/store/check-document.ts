/**
 * What both stores refuse before touching their database (CONTRACT.md, Writes): the document's shape, one known
 * label per node, properties declared by graph/schema.ts with values of their type, exactly one Bulletin with a
 * source, relationship types and directions (no analysis relationship, no second one of a type between two nodes),
 * practices contained in the bulletin and metrics reported by its practices. Endpoints outside the document must
 * already be stored; each store's write checks that.
 */
import { fitsSpec } from '../document-problems';
import type { GraphDocument, GraphNode, GraphRelationship } from '../graph-document';
import {
  ANALYSIS_RELATIONSHIP_TYPES,
  isNodeLabel,
  isRelationshipType,
  NODE_PROPERTIES,
  RELATIONSHIPS,
  type NodeLabel,
  type PropertySpec,
} from '../schema';
import { checkOwnership, invalidDocument as invalid } from './bulletin-ownership';

export interface CheckedDocument {
  document: GraphDocument;
  bulletin: GraphNode;
  source: string;
  /** Node id → its one label. */
  labels: Map<string, NodeLabel>;
}

export function checkDocument(value: unknown): CheckedDocument {
  if (!isRecord(value) || !Array.isArray(value['nodes']) || !Array.isArray(value['relationships'])) {
    throw invalid('the document needs nodes and relationships arrays');
  }
  const document = value as unknown as GraphDocument;
  const labels = new Map<string, NodeLabel>();
  for (const node of document.nodes as unknown[]) checkNode(node, labels);
  const bulletins = document.nodes.filter((n) => labels.get(n.id) === 'Bulletin');
  const bulletin = bulletins[0];
  if (bulletins.length !== 1 || !bulletin)
    throw invalid(`a bulletin document holds exactly one Bulletin node, this one has ${bulletins.length}`);
  const source = bulletin.properties['source'];
  if (typeof source !== 'string' || source === '') throw invalid(`bulletin ${bulletin.id} has no source`);
  const relationshipIds = new Set<string>();
  const pairs = new Set<string>();
  for (const rel of document.relationships as unknown[]) checkRelationship(rel, labels, relationshipIds, pairs);
  checkOwnership({ document, labels, bulletinId: bulletin.id });
  return { document, bulletin, source, labels };
}

function checkNode(node: unknown, labels: Map<string, NodeLabel>): void {
  if (!isRecord(node) || typeof node['id'] !== 'string' || node['id'] === '') throw invalid('a node has no id');
  const id = node['id'];
  const nodeLabels = node['labels'];
  if (
    !Array.isArray(nodeLabels) ||
    nodeLabels.length !== 1 ||
    typeof nodeLabels[0] !== 'string' ||
    !isNodeLabel(nodeLabels[0])
  ) {
    throw invalid(`node ${id} must have exactly one known label, has ${JSON.stringify(nodeLabels)}`);
  }
  if (labels.has(id)) throw invalid(`node ${id} appears twice`);
  checkProperties(node['properties'], NODE_PROPERTIES[nodeLabels[0]], `node ${id} (${nodeLabels[0]})`);
  labels.set(id, nodeLabels[0]);
}

function checkRelationship(rel: unknown, labels: Map<string, NodeLabel>, ids: Set<string>, pairs: Set<string>): void {
  if (
    !isRecord(rel) ||
    typeof rel['id'] !== 'string' ||
    typeof rel['type'] !== 'string' ||
    !isRelationshipType(rel['type'])
  ) {
    throw invalid(
      `relationship ${String(isRecord(rel) ? rel['id'] : rel)} has an unknown type ${String(isRecord(rel) ? rel['type'] : '')}`,
    );
  }
  const { id, type, start, end } = rel as unknown as GraphRelationship;
  if ((ANALYSIS_RELATIONSHIP_TYPES as readonly string[]).includes(type))
    throw invalid(`relationship ${id}: ${type} is written by the analyses (replaceAnalyses), not by a bulletin`);
  if (typeof start !== 'string' || typeof end !== 'string')
    throw invalid(`relationship ${id} needs start and end node ids`);
  const spec = RELATIONSHIPS[type];
  const from = labels.get(start);
  const to = labels.get(end);
  if ((from !== undefined && from !== spec.from) || (to !== undefined && to !== spec.to)) {
    throw invalid(
      `relationship ${id}: ${type} goes ${spec.from} → ${spec.to}, not ${from ?? spec.from} → ${to ?? spec.to}`,
    );
  }
  checkProperties(rel['properties'], spec.properties, `relationship ${id} (${type})`);
  if (ids.has(id)) throw invalid(`relationship ${id} appears twice`);
  ids.add(id);
  // One table row per type and pair of nodes: a second relationship of the same type between them has nowhere to go.
  const pair = JSON.stringify([type, start, end]);
  if (pairs.has(pair)) throw invalid(`relationship ${id}: a second ${type} from ${start} to ${end}`);
  pairs.add(pair);
}

/** Every property declared in graph/schema.ts for its label or type, with a value of its schema type. */
function checkProperties(properties: unknown, specs: Record<string, PropertySpec>, owner: string): void {
  if (!isRecord(properties)) throw invalid(`${owner} has no properties object`);
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if (!spec) throw invalid(`${owner}: property ${key} is not declared in graph/schema.ts`);
    if (!fitsSpec(value, spec))
      throw invalid(
        `${owner}: property ${key} is ${JSON.stringify(value)}, which does not fit its schema type ${spec.type}${spec.nullable ? ' (or null)' : ''}`,
      );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
