/**
 * The Cypher console's example queries are checked offline with Neo4j's own parser and semantic analyser against the
 * graph schema, as the adapter's statements are (tests/store/neo4j-cypher.test.ts): a renamed label, type or
 * property breaks this test, not a researcher's first query.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { NODE_LABELS, NODE_PROPERTIES, RELATIONSHIP_TYPES, RELATIONSHIPS } from '../../graph/schema';
import { CYPHER_EXAMPLES } from '../../web/src/panels/cypher-examples';

function schemaWith(params: string[]): DbSchema {
  const propertyKeys = new Set<string>(['id']);
  for (const l of NODE_LABELS) for (const key of Object.keys(NODE_PROPERTIES[l])) propertyKeys.add(key);
  for (const t of RELATIONSHIP_TYPES) for (const key of Object.keys(RELATIONSHIPS[t].properties)) propertyKeys.add(key);
  const functions = testData.mockSchema.functions?.['CYPHER 5'] ?? {};
  return {
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...propertyKeys],
    functions: { 'CYPHER 5': Object.fromEntries(Object.entries(functions).filter(([name]) => !name.includes('.'))) },
    procedures: { 'CYPHER 5': {} },
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    graphSchema: RELATIONSHIP_TYPES.map((t) => ({ from: RELATIONSHIPS[t].from, to: RELATIONSHIPS[t].to, relType: t })),
    defaultLanguage: 'CYPHER 5',
  };
}

const diagnostics = (query: string, params: string[]) =>
  lintCypherQuery(query, schemaWith(params)).diagnostics.map((d) => d.message);
const parametersIn = (query: string) => [...new Set([...query.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

test.each(CYPHER_EXAMPLES.map((e) => [e.id, e] as const))(
  'example %s passes the parser and the schema, with its parameters',
  (_id, example) => {
    expect(diagnostics(example.query, Object.keys(example.params))).toEqual([]);
    expect(Object.keys(example.params).sort()).toEqual(parametersIn(example.query));
    expect(example.title['zh-CN']).not.toBe('');
    expect(example.title.en).not.toBe('');
  },
);

test('the check can fail: a misspelt label, an impossible relationship, an undeclared parameter', () => {
  expect(diagnostics('MATCH (m:Mechanisms) RETURN m', []).length).toBeGreaterThan(0);
  expect(diagnostics('MATCH (p:Practice)-[:USES]->(l:Locality) RETURN l', []).length).toBeGreaterThan(0);
  expect(diagnostics('MATCH (m:Mechanism {name: $nme}) RETURN m', ['name']).length).toBeGreaterThan(0);
});

test('there is an example for each common research question the brief names', () => {
  expect(CYPHER_EXAMPLES.map((e) => e.id)).toEqual(
    expect.arrayContaining(['counties-using', 'shared-by-cities', 'similar-practices']),
  );
});
