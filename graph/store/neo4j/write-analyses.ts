/**
 * `analysisInput` and `replaceAnalyses`. The replacement runs in one write transaction — check the endpoints, delete
 * every SIMILAR_TO / REPRINT_OF, create the new ones in batches, clear and set the mechanisms' family properties —
 * so readers see the old analyses or the new ones, never a mix, and a refused analysis changes nothing.
 */
import neo4j from 'neo4j-driver';
import type { GraphRelationship, PropertyValue } from '../../graph-document';
import { NODE_PROPERTIES } from '../../schema';
import { analysisPracticeIds, checkAnalyses, missingPractices } from '../analysis-checks';
import type { AnalysisPractice, GraphAnalyses } from '../graph-store';
import { StoreError } from '../store-error';
import { WRITE_BATCH_SIZE } from './bulletin-write-plan';
import {
  ANALYSIS_INPUT, CLEAR_MECHANISM_ANALYSES, CREATE_ANALYSIS_RELATIONSHIPS, DELETE_ANALYSIS_RELATIONSHIPS, MISSING_MECHANISMS,
  MISSING_PRACTICES, SET_MECHANISM_ANALYSES,
} from './cypher/analysis-statements';
import type { ParamValue } from './cypher/statement';
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

export async function writeAnalyses(connection: Neo4jConnection, analyses: GraphAnalyses): Promise<void> {
  checkAnalyses(analyses);
  const practiceIds = [...analysisPracticeIds(analyses)];
  const names = Object.keys(analyses.mechanismProperties);
  await connection.write('replaceAnalyses', async (tx) => {
    const [practices] = await run(tx, MISSING_PRACTICES, { ids: practiceIds });
    const missing = practices ? stringList(field(practices, 'missing'), 'missing') : [];
    if (missing.length > 0) throw missingPractices(missing);
    const [mechanisms] = await run(tx, MISSING_MECHANISMS, { names });
    const unknown = mechanisms ? stringList(field(mechanisms, 'missing'), 'missing') : [];
    if (unknown.length > 0) throw new StoreError('InvalidInput', `replaceAnalyses: no mechanism ${unknown.slice(0, 3).join(', ')} in the store`);
    await run(tx, DELETE_ANALYSIS_RELATIONSHIPS, {});
    for (const [type, statement] of Object.entries(CREATE_ANALYSIS_RELATIONSHIPS)) {
      const rows = analyses.relationships.filter((r) => r.type === type).map(relationshipRow);
      for (let i = 0; i < rows.length; i += WRITE_BATCH_SIZE) await run(tx, statement, { rows: rows.slice(i, i + WRITE_BATCH_SIZE) });
    }
    await run(tx, CLEAR_MECHANISM_ANALYSES, {});
    const rows = names.map((name) => ({ name, properties: mechanismProperties(analyses.mechanismProperties[name] ?? {}) }));
    for (let i = 0; i < rows.length; i += WRITE_BATCH_SIZE) await run(tx, SET_MECHANISM_ANALYSES, { rows: rows.slice(i, i + WRITE_BATCH_SIZE) });
  });
}

function relationshipRow(rel: GraphRelationship): { id: string; start: string; end: string; properties: Record<string, ParamValue> } {
  return { id: rel.id, start: rel.start, end: rel.end, properties: { ...rel.properties } };
}

/** Whole numbers the schema declares `int` (family) go as INTEGER; JavaScript numbers would be stored as FLOAT. */
function mechanismProperties(properties: Record<string, PropertyValue>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    out[key] = NODE_PROPERTIES.Mechanism[key]?.type === 'int' && typeof value === 'number' ? neo4j.int(value) : value;
  }
  return out;
}
