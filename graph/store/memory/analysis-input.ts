/** Every practice, compactly, for the analyses (graph/analytics): text, bulletin and date, locality codes, mechanism names. */
import type { AnalysisPractice } from '../graph-store';
import type { AdoptionIndex } from './adoption-index';
import type { GraphCore } from './graph-core';
import { nodeString, nodeText } from './node-records';
import type { PracticeReports } from './practice-reports';

/** In id order, so the analyses see the same input whatever order the bulletins were written in. */
export function analysisInput(core: GraphCore, index: AdoptionIndex, reports: PracticeReports): AnalysisPractice[] {
  const { localitiesOf, mechanismsOf } = index;
  const names = new Map<number, string | null>();
  const nameOf = (slot: number, key: string) => {
    if (!names.has(slot)) names.set(slot, nodeString(core.recordAt(slot), key));
    return names.get(slot) ?? null;
  };
  const practices: AnalysisPractice[] = [];
  for (const slot of core.slotsInIdOrder()) {
    if (core.labelOf(slot) !== 'Practice') continue;
    const record = core.recordAt(slot);
    const report = reports.report(slot);
    const codes: string[] = [];
    for (let j = localitiesOf.start[slot] as number; j < (localitiesOf.start[slot + 1] as number); j++) {
      const code = nameOf(localitiesOf.list[j] as number, 'code');
      if (code !== null) codes.push(code);
    }
    const mechanisms: string[] = [];
    for (let j = mechanismsOf.start[slot] as number; j < (mechanismsOf.start[slot + 1] as number); j++) {
      const name = nameOf(mechanismsOf.list[j] as number, 'name');
      if (name !== null) mechanisms.push(name);
    }
    practices.push({
      id: record.id,
      title: nodeString(record, 'title') ?? '',
      text: nodeText(record) ?? '',
      bulletinId: report.bulletinId,
      date: report.date,
      localityCodes: codes.sort(),
      mechanisms: mechanisms.sort(),
    });
  }
  return practices;
}
