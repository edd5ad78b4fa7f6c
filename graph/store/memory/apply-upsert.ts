/**
 * Carries out a validated upsert plan (plan-upsert.ts): removes the replaced bulletin, creates or merges nodes,
 * links relationships. Nothing here throws on valid plans, so readers never see half a bulletin.
 */
import { relationshipId, type GraphRelationship, type PropertyValue } from '../../graph-document';
import type { UpsertResult } from '../graph-store';
import type { GraphCore } from './graph-core';
import { memoizedText, TextSpan, type NodeRecord, type StoredProperties } from './node-records';
import type { UpsertPlan } from './plan-upsert';
import { removeBulletin } from './remove-bulletin';
import type { TextIndex } from './text-index';

export function applyUpsert(core: GraphCore, index: TextIndex, plan: UpsertPlan): UpsertResult {
  if (plan.unchanged) return { bulletinId: plan.bulletinId, status: 'unchanged' };
  for (const bulletin of plan.replaced) removeBulletin(core, index, bulletin);
  const records = new Map<string, NodeRecord>();
  for (const node of plan.nodes) {
    let record = node.existing;
    if (record) core.setProps(record, node.props);
    else record = core.createNode(node.id, node.label, node.props);
    if (node.terms) index.add(record, node.terms.terms, node.terms.length);
    records.set(node.id, record);
  }
  const textOf = memoizedText();
  for (const rel of plan.relationships) {
    const start = records.get(rel.start) ?? (core.get(rel.start) as NodeRecord);
    const end = records.get(rel.end) ?? (core.get(rel.end) as NodeRecord);
    const props = storedEdgeProperties(rel, 'evidence' in rel.properties ? textOf(start) : null);
    const existing = start.out.find((e) => e.type === rel.type && e.end === end && (e.explicitId ?? relationshipId(e.type, start.id, end.id)) === rel.id);
    if (existing) existing.props = props;
    else core.addEdge(rel.type, start, end, props, rel.id === relationshipId(rel.type, start.id, end.id) ? null : rel.id);
  }
  const bulletin = records.get(plan.bulletinId) as NodeRecord;
  bulletin.fingerprint = plan.fingerprint;
  const replaced = plan.replaced.find((b) => b.id !== plan.bulletinId) ?? plan.replaced[0];
  return replaced ? { bulletinId: plan.bulletinId, status: 'replaced', replacedId: replaced.id } : { bulletinId: plan.bulletinId, status: 'created' };
}

/**
 * Evidence sentences are slices of the practice text: stored as spans, they cost no memory and no snapshot bytes.
 * USES carries the mention's offset, which picks the right occurrence when a sentence repeats.
 */
function storedEdgeProperties(rel: GraphRelationship, startText: string | null): StoredProperties {
  const props: StoredProperties = {};
  for (const [key, value] of Object.entries(rel.properties)) props[key] = key === 'evidence' ? asSpan(value, startText, rel.properties.start) : copy(value);
  return props;
}

function asSpan(value: PropertyValue, text: string | null, hint: PropertyValue | undefined): PropertyValue | TextSpan {
  if (typeof value !== 'string' || value === '' || text === null) return value;
  let at = typeof hint === 'number' ? text.lastIndexOf(value, hint) : -1;
  if (at < 0) at = text.indexOf(value);
  return at < 0 ? value : new TextSpan(at, at + value.length);
}

function copy(value: PropertyValue): PropertyValue {
  return Array.isArray(value) ? [...value] : value;
}
