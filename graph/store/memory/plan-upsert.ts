/**
 * Everything about upserting a bulletin that can fail, done before anything changes: shape and schema checks,
 * which stored bulletin it replaces, merged properties of shared nodes and the index terms (the tokenizer runs
 * here). apply-upsert.ts then only mutates, so a bad document leaves the store exactly as it was.
 */
import { createHash } from 'crypto';
import type { GraphDocument, GraphNode, GraphRelationship, PropertyValue } from '../../graph-document';
import { isNodeLabel, isRelationshipType, RELATIONSHIPS, type NodeLabel } from '../../schema';
import { checkOwnership, invalidDocument as invalid } from '../bulletin-ownership';
import type { GraphCore } from './graph-core';
import { nodeValue, type NodeRecord } from './node-records';
import { nodeTerms, searchKey, type NodeTerms } from './node-terms';
import { bulletinFamily } from './remove-bulletin';
import type { Tokenize } from './text-terms';

/** Labels a bulletin owns (removed with it); the others are shared and merged. */
const OWNED: readonly NodeLabel[] = ['Bulletin', 'Practice', 'Metric'];

export interface PlannedNode {
  id: string;
  label: NodeLabel;
  /** The live shared node this one merges into, or null to create it. */
  existing: NodeRecord | null;
  props: Record<string, PropertyValue>;
  /** Terms to index; null when the node is not searched or its searchable fields did not change. */
  terms: NodeTerms | null;
}

export interface UpsertPlan {
  bulletinId: string;
  fingerprint: string;
  unchanged: boolean;
  replaced: NodeRecord[];
  nodes: PlannedNode[];
  relationships: GraphRelationship[];
}

export function planUpsert(core: GraphCore, document: GraphDocument, tokenize: Tokenize): UpsertPlan {
  if (!document || !Array.isArray(document.nodes) || !Array.isArray(document.relationships)) throw invalid('the document needs nodes and relationships arrays');
  const labels = new Map<string, NodeLabel>();
  for (const node of document.nodes) labels.set(checkNode(node, labels), node.labels[0] as NodeLabel);
  const bulletins = document.nodes.filter((n) => labels.get(n.id) === 'Bulletin');
  if (bulletins.length !== 1) throw invalid(`a bulletin document holds exactly one Bulletin node, this one has ${bulletins.length}`);
  const bulletin = bulletins[0] as GraphNode;
  const source = bulletin.properties.source;
  if (typeof source !== 'string' || source === '') throw invalid(`bulletin ${bulletin.id} has no source`);

  const fingerprint = createHash('sha1').update(JSON.stringify(document)).digest('hex');
  const sameId = core.get(bulletin.id);
  if (sameId && sameId.label !== 'Bulletin') throw invalid(`id ${bulletin.id} already belongs to a ${sameId.label}`);
  const base = { bulletinId: bulletin.id, fingerprint, relationships: document.relationships };
  if (sameId?.fingerprint === fingerprint) return { ...base, unchanged: true, replaced: [], nodes: [] };
  const replaced = [...new Set([core.lookups.bulletinsBySource.get(source), sameId].filter((b): b is NodeRecord => b !== undefined))];
  const leaving = new Set(replaced.flatMap(bulletinFamily));
  const live = (id: string) => {
    const record = core.get(id);
    return record && !leaving.has(record) ? record : undefined;
  };

  const nodes = document.nodes.map((node): PlannedNode => {
    const label = labels.get(node.id) as NodeLabel;
    const existing = live(node.id) ?? null;
    if (existing && existing.label !== label) throw invalid(`node ${node.id} is a ${existing.label} in the store, a ${label} in the document`);
    if (existing && OWNED.includes(label)) throw invalid(`${label} ${node.id} already belongs to another bulletin`);
    const props = existing ? mergeProperties(existing, node.properties) : copyProperties(node.properties);
    const changed = !existing || searchKey(label, props) !== searchKey(label, currentProperties(existing));
    return { id: node.id, label, existing, props, terms: changed ? nodeTerms(label, props, tokenize) : null };
  });

  const endpoints = new Set<string>();
  for (const rel of document.relationships) {
    if (!rel || typeof rel.id !== 'string' || !isRelationshipType(rel.type)) throw invalid(`relationship ${String(rel?.id)} has an unknown type ${String(rel?.type)}`);
    const spec = RELATIONSHIPS[rel.type];
    const from = labels.get(rel.start) ?? live(rel.start)?.label;
    const to = labels.get(rel.end) ?? live(rel.end)?.label;
    if (from === undefined || to === undefined) throw invalid(`relationship ${rel.id} points to a node that is neither in the document nor in the store`);
    if (from !== spec.from || to !== spec.to) throw invalid(`relationship ${rel.id}: ${rel.type} goes ${spec.from} → ${spec.to}, not ${from} → ${to}`);
    checkProperties(rel.properties, `relationship ${rel.id}`);
    if (endpoints.has(rel.id)) throw invalid(`relationship ${rel.id} appears twice`);
    endpoints.add(rel.id);
  }
  checkOwnership(document, labels, bulletin.id);
  return { ...base, unchanged: false, replaced, nodes };
}

/** New properties win; list properties (a mechanism's aliases) are unioned with what is stored. */
function mergeProperties(existing: NodeRecord, incoming: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const merged = currentProperties(existing);
  for (const [key, value] of Object.entries(incoming)) {
    const current = merged[key];
    merged[key] = Array.isArray(value) && Array.isArray(current) ? [...new Set([...current, ...value])] : value;
  }
  return merged;
}

/** Lists are copied: the caller keeps its document, the store its own state. */
function copyProperties(properties: Record<string, PropertyValue>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]));
}

function currentProperties(record: NodeRecord): Record<string, PropertyValue> {
  return Object.fromEntries(Object.keys(record.props).map((key) => [key, nodeValue(record, key) ?? null]));
}

function checkNode(node: GraphNode, seen: Map<string, NodeLabel>): string {
  if (!node || typeof node.id !== 'string' || node.id === '') throw invalid('a node has no id');
  if (!Array.isArray(node.labels) || node.labels.length !== 1 || !isNodeLabel(node.labels[0] as string)) {
    throw invalid(`node ${node.id} must have exactly one known label, has ${JSON.stringify(node.labels)}`);
  }
  if (seen.has(node.id)) throw invalid(`node ${node.id} appears twice`);
  checkProperties(node.properties, `node ${node.id}`);
  return node.id;
}

function checkProperties(properties: Record<string, PropertyValue>, owner: string): void {
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) throw invalid(`${owner} has no properties object`);
  for (const [key, value] of Object.entries(properties)) {
    const ok =
      value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ||
      (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) throw invalid(`${owner}: property ${key} is not a string, finite number, boolean, null or list of strings`);
  }
}

