/** `analysisInput`: every practice, compactly, for the analyses (graph/analytics). */
import type { AnalysisInput } from '../graph-store';
import { ANALYSIS_INPUT } from './cypher/analysis-statements';
import { readGraphVersion } from './read-analysis-status';
import { run, type Neo4jConnection } from './connection';
import { field, listField, stringField, stringList } from './record-fields';
import { optionalString } from './report-rows';

/**
 * The version is read first: reads see each commit as it lands, so a write that the practices might miss has not
 * raised it yet, and a write they might half see raises it after this read — either way the replace stays stale.
 */
export async function readAnalysisInput(connection: Neo4jConnection): Promise<AnalysisInput> {
  return connection.read('analysisInput', async (tx) => {
    const graphVersion = (await readGraphVersion(tx)).version;
    const practices = (await run({ tx, stmt: ANALYSIS_INPUT, params: {} })).map((r) => ({
      id: stringField(r, 'id'),
      title: optionalString(field(r, 'title')) ?? '',
      text: optionalString(field(r, 'text')) ?? '',
      bulletinId: optionalString(field(r, 'bulletinId')) ?? '',
      date: optionalString(field(r, 'date')),
      localityCodes: stringList(listField(r, 'localityCodes'), 'localityCodes').sort(),
      mechanisms: stringList(listField(r, 'mechanisms'), 'mechanisms').sort(),
    }));
    return { practices, graphVersion };
  });
}
