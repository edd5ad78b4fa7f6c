/**
 * Replaces the stored analyses with new ones: every SIMILAR_TO and REPRINT_OF goes, the new ones come, and every
 * mechanism's family properties are set (null when the analyses leave it out). Everything is checked first, so a
 * refused analysis leaves the old one in place.
 */
import { relationshipId, type PropertyValue } from '../../graph-document';
import { ANALYSIS_NODE_PROPERTIES, ANALYSIS_RELATIONSHIP_TYPES } from '../../schema';
import { analysisPracticeIds, checkAnalyses, missingPractices } from '../analysis-checks';
import type { GraphAnalyses } from '../graph-store';
import { StoreError } from '../store-error';
import type { GraphCore } from './graph-core';
import { nodeString, nodeValue, type NodeRecord } from './node-records';

export function replaceAnalyses(core: GraphCore, analyses: GraphAnalyses): void {
  checkAnalyses(analyses);
  const practices = new Map<string, NodeRecord>();
  const missing: string[] = [];
  for (const id of analysisPracticeIds(analyses)) {
    const record = core.get(id);
    if (record?.label === 'Practice') practices.set(id, record);
    else missing.push(id);
  }
  if (missing.length > 0) throw missingPractices(missing);
  const mechanisms = new Map([...core.lookups.byLabel.Mechanism].map((m) => [nodeString(m, 'name') ?? m.id, m]));
  const unknown = Object.keys(analyses.mechanismProperties).filter((name) => !mechanisms.has(name));
  if (unknown.length > 0) throw new StoreError('InvalidInput', `replaceAnalyses: no mechanism ${unknown.slice(0, 3).join(', ')} in the store`);

  core.removeEdgesOfTypes(new Set(ANALYSIS_RELATIONSHIP_TYPES));
  for (const rel of analyses.relationships) {
    const start = practices.get(rel.start) as NodeRecord;
    const end = practices.get(rel.end) as NodeRecord;
    const props = Object.fromEntries(Object.entries(rel.properties).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]));
    core.addEdge(rel.type, start, end, props, rel.id === relationshipId(rel.type, rel.start, rel.end) ? null : rel.id);
  }
  for (const [name, record] of mechanisms) setAnalysisProperties(core, record, analyses.mechanismProperties[name] ?? {});
}

function setAnalysisProperties(core: GraphCore, record: NodeRecord, wanted: Record<string, PropertyValue>): void {
  const keys = ANALYSIS_NODE_PROPERTIES.Mechanism;
  if (keys.every((key) => (nodeValue(record, key) ?? null) === (wanted[key] ?? null))) return;
  const props: Record<string, PropertyValue> = {};
  for (const key of Object.keys(record.props)) props[key] = nodeValue(record, key) ?? null;
  for (const key of keys) props[key] = wanted[key] ?? null;
  core.setProps(record, props);
}
