/**
 * A bulletin and what it owns: its practices (CONTAINS) and their metrics (REPORTS). Removing them removes every
 * relationship they touch; shared nodes (localities, mechanisms, organizations) stay, as other bulletins may cite them.
 */
import type { GraphCore } from './graph-core';
import type { NodeRecord } from './node-records';
import type { TextIndex } from './text-index';

export function bulletinFamily(bulletin: NodeRecord): NodeRecord[] {
  const family: NodeRecord[] = [];
  for (const contains of bulletin.out) {
    if (contains.type !== 'CONTAINS' || contains.end.label !== 'Practice') continue;
    for (const reports of contains.end.out) if (reports.type === 'REPORTS' && reports.end.label === 'Metric') family.push(reports.end);
    family.push(contains.end);
  }
  family.push(bulletin);
  return family;
}

export function removeBulletin(core: GraphCore, index: TextIndex, bulletin: NodeRecord): void {
  for (const record of bulletinFamily(bulletin)) {
    index.remove(record);
    core.removeNode(record);
  }
}
