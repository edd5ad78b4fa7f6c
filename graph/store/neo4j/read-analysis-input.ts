/** `analysisInput`: every practice, compactly, for the analyses (graph/analytics). */
import type { AnalysisPractice } from '../graph-store';
import { ANALYSIS_INPUT } from './cypher/analysis-statements';
import { run, type Neo4jConnection } from './connection';
import { field, listField, stringField, stringList } from './record-fields';
import { optionalString } from './report-rows';

export async function readAnalysisInput(connection: Neo4jConnection): Promise<AnalysisPractice[]> {
  return connection.read('analysisInput', async (tx) =>
    (await run(tx, ANALYSIS_INPUT, {})).map((r) => ({
      id: stringField(r, 'id'),
      title: optionalString(field(r, 'title')) ?? '',
      text: optionalString(field(r, 'text')) ?? '',
      bulletinId: optionalString(field(r, 'bulletinId')) ?? '',
      date: optionalString(field(r, 'date')),
      localityCodes: stringList(listField(r, 'localityCodes'), 'localityCodes').sort(),
      mechanisms: stringList(listField(r, 'mechanisms'), 'mechanisms').sort(),
    })),
  );
}
