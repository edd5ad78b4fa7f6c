/**
 * Offline validation of the Neo4j adapter (no database runs here): every statement it can send is linted with Neo4j's
 * own parser and semantic analyser, generated statements and parameters are snapshotted, user text is shown to travel
 * only in parameters, and driver errors are shown to become the right StoreErrors — including a real unreachable port.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import neo4j, { Neo4jError, Node, Relationship, isInt } from 'neo4j-driver';
import { schemaStatements } from '../../graph/export/cypher-schema';
import type { GraphDocument } from '../../graph/graph-document';
import {
  FULLTEXT_INDEX,
  NODE_LABELS,
  NODE_PROPERTIES,
  PROPERTY_INDEXES,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  UNIQUE_ID_LABELS,
} from '../../graph/schema';
import { isStoreError, StoreError, type StoreErrorCode } from '../../graph/store/store-error';
import { adoptionMatrix, keptMechanisms, keptRows } from '../../graph/store/neo4j/adoption-matrix';
import { planBulletinWrite } from '../../graph/store/neo4j/bulletin-write-plan';
import * as aggregateStatements from '../../graph/store/neo4j/cypher/aggregate-statements';
import { ALL_STATEMENTS, explainQuery } from '../../graph/store/neo4j/cypher/catalog';
import * as ddlStatements from '../../graph/store/neo4j/cypher/ddl';
import { label, relType } from '../../graph/store/neo4j/cypher/identifiers';
import * as lookupStatements from '../../graph/store/neo4j/cypher/lookup-statements';
import * as searchStatements from '../../graph/store/neo4j/cypher/search-statements';
import type { CypherStatement } from '../../graph/store/neo4j/cypher/statement';
import { ANALYSIS_STATE } from '../../graph/store/neo4j/cypher/analysis-generation';
import {
  HIDDEN_NODE_PROPERTIES,
  HIDDEN_RELATIONSHIP_PROPERTIES,
} from '../../graph/store/neo4j/cypher/stored-properties';
import * as writeStatements from '../../graph/store/neo4j/cypher/write-statements';
import { assertReadOnlyPlan, type PlanNode } from '../../graph/store/neo4j/cypher-guard';
import { createNeo4jStore, translateNeo4jError } from '../../graph/store/neo4j';
import { candidatePlan } from '../../graph/store/neo4j/candidate-plan';
import { searchUnits } from '../../graph/store/search-rules';
import { ElementCollector, toPlainValue } from '../../graph/store/neo4j/plain-values';
import { practiceSpans } from '../../graph/store/neo4j/practice-spans';
import { toCypherParams } from '../../graph/store/neo4j/run-read-only-cypher';
import { toGraphNode } from '../../graph/store/neo4j/to-graph';
import { ingestSample, SAMPLE_FILES } from '../helpers/sample-bulletins';

// ---------------------------------------------------------------------------------------------------------------------
// The database schema the linter checks against: the graph schema, plus the built-in functions and the only two
// procedures the adapter calls, taken from the real Neo4j registry the language-support package ships.

/** Neo4j 5 speaks Cypher 5; Neo4j 2025+ adds Cypher 25, so the statements are checked against both. */
const VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;
type Version = (typeof VERSIONS)[number];

function lintSchema(params: readonly string[], version: Version): DbSchema {
  const procedures = testData.mockSchema.procedures?.[version] ?? {};
  const functions = testData.mockSchema.functions?.[version] ?? {};
  const used = ['db.index.fulltext.queryNodes', 'db.awaitIndexes'];
  // The store's own bookkeeping besides the schema: fingerprints, analysis generations and their state node.
  const propertyKeys = new Set([
    ...HIDDEN_NODE_PROPERTIES,
    ...HIDDEN_RELATIONSHIP_PROPERTIES,
    ...ANALYSIS_STATE.properties,
  ]);
  for (const l of NODE_LABELS) for (const key of Object.keys(NODE_PROPERTIES[l])) propertyKeys.add(key);
  for (const t of RELATIONSHIP_TYPES) for (const key of Object.keys(RELATIONSHIPS[t].properties)) propertyKeys.add(key);
  return {
    labels: [...NODE_LABELS, ANALYSIS_STATE.label],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...propertyKeys],
    // Built-ins only: a plugin function (apoc.*) would not exist on a stock Neo4j.
    functions: { [version]: Object.fromEntries(Object.entries(functions).filter(([name]) => !name.includes('.'))) },
    procedures: { [version]: Object.fromEntries(used.map((name) => [name, procedures[name]!])) },
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    // Lets the linter flag a pattern the schema cannot match, e.g. (:Practice)-[:USES]->(:Locality).
    graphSchema: RELATIONSHIP_TYPES.map((t) => ({ from: RELATIONSHIPS[t].from, to: RELATIONSHIPS[t].to, relType: t })),
    defaultLanguage: version,
  };
}

/** Errors and warnings alike: a warning is how the linter reports an unknown label, type or property. */
function diagnostics(text: string, params: readonly string[], version: Version = 'CYPHER 5'): string[] {
  return lintCypherQuery(text, lintSchema(params, version)).diagnostics.map(
    (d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`,
  );
}

function parametersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

describe('every Cypher statement the adapter sends', () => {
  test.each(VERSIONS.flatMap((v) => ALL_STATEMENTS.map((s) => [s.name, v, s] as const)))(
    "%s passes Neo4j's parser and semantic analysis (%s)",
    (_name, version, s) => {
      expect(diagnostics(s.text, s.params, version)).toEqual([]);
    },
  );

  test("a researcher's query is explained with a prefix Neo4j accepts", () => {
    expect(diagnostics(explainQuery('MATCH (p:Practice)-[:USES]->(m:Mechanism) RETURN m.name, count(p)'), [])).toEqual(
      [],
    );
  });

  test.each(ALL_STATEMENTS.map((s) => [s.name, s] as const))(
    '%s declares exactly the parameters it uses',
    (_name, s) => {
      expect([...s.params].sort()).toEqual(parametersIn(s.text));
    },
  );

  test('the catalog holds every statement the Cypher modules export', () => {
    const exported = [aggregateStatements, ddlStatements, lookupStatements, searchStatements, writeStatements].flatMap(
      (m) => Object.values(m).flatMap(statementsIn),
    );
    expect(exported.length).toBeGreaterThan(40);
    for (const s of exported) expect(ALL_STATEMENTS).toContain(s);
    expect(new Set(ALL_STATEMENTS.map((s) => s.name)).size).toBe(ALL_STATEMENTS.length);
  });

  test('statements are ASCII, so no Chinese text from a bulletin can be inside one', () => {
    for (const s of ALL_STATEMENTS) expect(s.text).toMatch(/^[\x20-\x7e\n]*$/);
  });

  // The harness must be able to fail: each of these mistakes is caught.
  test.each([
    ['a misspelt label', 'MATCH (p:Practise) RETURN p', []],
    ['a misspelt property', 'MATCH (p:Practice) RETURN p.titel', []],
    ['a relationship the schema cannot hold', 'MATCH (p:Practice)-[:USES]->(l:Locality) RETURN l', []],
    ['an undeclared parameter', 'MATCH (p:Practice {id: $idd}) RETURN p', ['id']],
    ['a syntax error', 'MATCH (p:Practice) RETRUN p', []],
    ['a plugin function', "RETURN apoc.text.join(['a'], ',') AS s", []],
    ['an undeclared procedure', 'CALL db.labels() YIELD label RETURN label', []],
  ] as const)('the linter catches %s', (_what, text, params) => {
    expect(diagnostics(text, params).length).toBeGreaterThan(0);
  });
});

function statementsIn(value: unknown): CypherStatement[] {
  if (isStatement(value)) return [value];
  if (Array.isArray(value)) return value.filter(isStatement);
  if (typeof value === 'object' && value !== null) return Object.values(value).filter(isStatement);
  return [];
}

function isStatement(value: unknown): value is CypherStatement {
  return typeof value === 'object' && value !== null && 'text' in value && 'params' in value && 'name' in value;
}

// ---------------------------------------------------------------------------------------------------------------------

describe('schema DDL', () => {
  const texts = ddlStatements.DDL.map((s) => s.text);

  test('a uniqueness constraint on id for every label, an index per declared property index, one cjk fulltext index', () => {
    for (const l of UNIQUE_ID_LABELS)
      expect(texts).toContainEqual(
        expect.stringMatching(
          new RegExp(`^CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${l}\\) REQUIRE n\\.id IS UNIQUE$`),
        ),
      );
    for (const { label: l, property } of PROPERTY_INDEXES) {
      expect(texts).toContainEqual(
        expect.stringMatching(
          new RegExp(`^CREATE INDEX \\w+ IF NOT EXISTS FOR \\(n:${l}\\) ON \\(n\\.${property}\\)$`),
        ),
      );
    }
    expect(ddlStatements.FULLTEXT_INDEX_STATEMENT.text).toContain(
      `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX.name} IF NOT EXISTS`,
    );
    expect(ddlStatements.FULLTEXT_INDEX_STATEMENT.text).toContain("{`fulltext.analyzer`: 'cjk'}");
    expect(ddlStatements.FULLTEXT_INDEX_STATEMENT.text).toContain('n.aliases');
    expect(texts.every((t) => t.includes('IF NOT EXISTS'))).toBe(true);
  });

  test('matches the DDL of the Cypher export, so both produce the same database schema', () => {
    const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
    const exported = schemaStatements()
      .map(oneLine)
      .filter((t) => t.startsWith('CREATE'));
    expect(texts.map(oneLine)).toEqual(exported);
  });

  test('the generated text', () => {
    expect([
      ddlStatements.CONSTRAINTS[0]?.text,
      ddlStatements.PROPERTY_INDEX_STATEMENTS[0]?.text,
      ddlStatements.FULLTEXT_INDEX_STATEMENT.text,
    ]).toMatchSnapshot();
  });

  test('inlined names are checked against the schema unions', () => {
    expect(() => label('Practise')).toThrow(/not a schema label/);
    expect(() => label('Practice) DETACH DELETE (n')).toThrow(/not a schema label/);
    expect(() => relType('USES]->() DELETE r //')).toThrow(/not a schema relationship type/);
    expect(label('Practice')).toBe('Practice');
  });
});

// ---------------------------------------------------------------------------------------------------------------------

/** A small hand-made bulletin: stable, unlike the ingest output, so its snapshot changes only when the adapter does. */
const MINI: GraphDocument = {
  nodes: [
    {
      id: 'bulletin:b1',
      labels: ['Bulletin'],
      properties: {
        source: 'mini.txt',
        format: 'txt',
        kind: 'bulletin',
        title: '安庆组工信息',
        issue: 37,
        date: '2023-12-12',
        publisher: null,
        encoding: 'utf-8',
        traditional: false,
        region: null,
      },
    },
    {
      id: 'practice:b1:1',
      labels: ['Practice'],
      properties: {
        title: '红色物业',
        text: '潜山市推行红色物业，惠及3178户。',
        section: '市内信息',
        reportedBy: null,
        date: null,
        ordinal: 1,
        localityPhrase: '潜山市',
        subMeasures: ['一是'],
        form: 'marker',
      },
    },
    {
      id: 'locality:340882',
      labels: ['Locality'],
      properties: { code: '340882', name: '潜山市', level: 'county', shortName: '潜山' },
    },
    {
      id: 'locality:340800',
      labels: ['Locality'],
      properties: { code: '340800', name: '安庆市', level: 'city', shortName: '安庆' },
    },
    {
      id: 'mechanism:红色物业',
      labels: ['Mechanism'],
      properties: {
        name: '红色物业',
        aliases: ['红色物业管理'],
        category: 'party_building',
        curated: true,
        description: null,
      },
    },
    {
      id: 'organization:潜山市委组织部',
      labels: ['Organization'],
      properties: { name: '潜山市委组织部', kind: 'party_org' },
    },
    {
      id: 'metric:b1:1:1',
      labels: ['Metric'],
      properties: {
        value: 3178,
        valueMax: null,
        unit: '户',
        object: null,
        approximate: false,
        text: '3178户',
        start: 11,
        end: 16,
      },
    },
  ],
  relationships: [
    {
      id: 'CONTAINS:bulletin:b1->practice:b1:1',
      type: 'CONTAINS',
      start: 'bulletin:b1',
      end: 'practice:b1:1',
      properties: {},
    },
    {
      id: 'LOCATED_IN:practice:b1:1->locality:340882',
      type: 'LOCATED_IN',
      start: 'practice:b1:1',
      end: 'locality:340882',
      properties: { evidence: '潜山市' },
    },
    {
      id: 'PART_OF:locality:340882->locality:340800',
      type: 'PART_OF',
      start: 'locality:340882',
      end: 'locality:340800',
      properties: {},
    },
    {
      id: 'USES:practice:b1:1->mechanism:红色物业',
      type: 'USES',
      start: 'practice:b1:1',
      end: 'mechanism:红色物业',
      properties: { evidence: '潜山市推行红色物业，惠及3178户。', start: 5, end: 9, via: 'lexicon' },
    },
    {
      id: 'REPORTED_BY:practice:b1:1->organization:潜山市委组织部',
      type: 'REPORTED_BY',
      start: 'practice:b1:1',
      end: 'organization:潜山市委组织部',
      properties: {},
    },
    {
      id: 'REPORTS:practice:b1:1->metric:b1:1:1',
      type: 'REPORTS',
      start: 'practice:b1:1',
      end: 'metric:b1:1:1',
      properties: {},
    },
  ],
};

describe('upserting a bulletin: the batches sent', () => {
  test('statements and parameters for a small bulletin', () => {
    const plan = planBulletinWrite(MINI);
    expect({ bulletinId: plan.bulletinId, source: plan.source }).toEqual({
      bulletinId: 'bulletin:b1',
      source: 'mini.txt',
    });
    const sent = [...plan.nodeBatches, ...plan.relationshipBatches].map((b) => ({
      statement: b.statement.name,
      rows: b.rows,
    }));
    expect(sent).toMatchSnapshot();
    expect(writeStatements.UPSERT_NODES.Mechanism.text).toMatchSnapshot();
    expect(writeStatements.UPSERT_RELATIONSHIPS.USES.text).toMatchSnapshot();
  });

  test('a sample bulletin: every node and relationship in exactly one row, ints as INTEGER, shared nodes’ lists apart', () => {
    const { document } = ingestSample(SAMPLE_FILES.anqing37);
    const plan = planBulletinWrite(document);
    const nodeRows = plan.nodeBatches.flatMap((b) => b.rows);
    const relRows = plan.relationshipBatches.flatMap((b) => b.rows);
    expect(nodeRows.map((r) => r.id).sort()).toEqual(document.nodes.map((n) => n.id).sort());
    expect(relRows.map((r) => r.id).sort()).toEqual(document.relationships.map((r) => r.id).sort());
    const practice = nodeRows.find((r) => r.id.startsWith('practice:'));
    expect(isInt(practice?.properties['ordinal'])).toBe(true);
    // Only shared nodes' lists are unioned with the stored ones; a practice's are its own properties.
    expect(practice?.lists).toEqual({});
    expect(practice?.properties).toHaveProperty('subMeasures');
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{40}$/);
    expect(planBulletinWrite(document).fingerprint).toBe(plan.fingerprint);
  });

  test('no text from the bulletin is inside any statement: it travels in the parameters', () => {
    const { document } = ingestSample(SAMPLE_FILES.anqing37);
    const plan = planBulletinWrite(document);
    const texts = [
      ...new Set([...plan.nodeBatches, ...plan.relationshipBatches].map((b) => b.statement.text)),
      ...ALL_STATEMENTS.map((s) => s.text),
    ];
    const values = [
      ...document.nodes.flatMap((n) => [n.id, ...Object.values(n.properties)]),
      ...document.relationships.flatMap((r) => [r.id, ...Object.values(r.properties)]),
    ]
      .flat()
      .filter((v): v is string => typeof v === 'string' && v.length >= 2 && /[^\p{ASCII}]|[:/]/u.test(v));
    expect(values.length).toBeGreaterThan(50);
    for (const text of texts) for (const value of values) expect(text.includes(value)).toBe(false);
  });

  test.each([
    ['two bulletins', { nodes: [MINI.nodes[0]!, { ...MINI.nodes[0]!, id: 'bulletin:b2' }], relationships: [] }],
    ['no bulletin', { nodes: MINI.nodes.slice(1), relationships: [] }],
    [
      'a node with two labels',
      { nodes: [MINI.nodes[0]!, { ...MINI.nodes[2]!, labels: ['Locality', 'Organization'] }], relationships: [] },
    ],
    ['an unknown label', { nodes: [MINI.nodes[0]!, { ...MINI.nodes[2]!, labels: ['Place'] }], relationships: [] }],
    [
      "a relationship against the schema's direction",
      {
        ...MINI,
        relationships: [
          ...MINI.relationships,
          { ...MINI.relationships[0]!, id: 'x', start: 'practice:b1:1', end: 'bulletin:b1' },
        ],
      },
    ],
    ['a practice its bulletin does not contain', { ...MINI, relationships: MINI.relationships.slice(1) }],
    [
      'a property that is not a plain value',
      { ...MINI, nodes: [{ ...MINI.nodes[0]!, properties: { source: 'a', when: { y: 1 } } }, ...MINI.nodes.slice(1)] },
    ],
    ['not a document', 'hello'],
  ])('refuses %s with InvalidInput before any I/O', (_what, document) => {
    expect(() => planBulletinWrite(document)).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
  });
});

describe('reads: generated statements and parameters', () => {
  test('the neighbourhood hop and the search page', () => {
    expect(lookupStatements.NEIGHBORHOOD_HOP.text).toMatchSnapshot();
    expect(searchStatements.SEARCH_WITH_INDEX.text).toMatchSnapshot();
    expect(lookupStatements.NODE_BY_ID.text).toMatchSnapshot();
  });

  test('search units: ideograph units go to the index as quoted phrases, the others to scans; no Lucene syntax gets through', () => {
    expect(searchUnits('  雙報到，网格化 红色物业')).toEqual(['双报到', '网格化', '红色物业']);
    expect(searchUnits('ＡＢＣ a"b\\c* OR title:x')).toEqual(['ABC', 'a', 'b', 'c', 'OR', 'title', 'x']);
    expect(searchUnits(' ，。！ ')).toEqual([]);
    expect(searchUnits('一 二 三 四 五 六 七 八 九 十')).toHaveLength(8);
    expect(candidatePlan(searchUnits('红色物业 双报到 村 2023 红色物业'))).toEqual({
      lucene: '"红色物业" OR "双报到"',
      scanUnits: ['村', '2023'],
    });
    expect(candidatePlan(searchUnits('a"b\\c* OR title:x'))).toEqual({
      lucene: null,
      scanUnits: ['a', 'b', 'c', 'OR', 'title', 'x'],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('pure parts of the reads', () => {
  test('adoption matrix: mechanisms ranked by all their practices, rows by distinct practices, trimmed when cut', () => {
    const ranked = [
      { name: '红色物业', practices: 5 },
      { name: '双报到', practices: 2 },
      { name: '信用村', practices: 0 },
    ];
    expect(keptMechanisms(ranked, 10)).toEqual({ kept: ranked.slice(0, 2), trimmed: false });
    const { kept, trimmed } = keptMechanisms(ranked, 1);
    expect([kept.map((m) => m.name), trimmed]).toEqual([['红色物业'], true]);
    const rows = [
      { code: '341181', name: '天长市', practices: 1 },
      { code: '340882', name: '潜山市', practices: 2 },
      { code: '340000', name: '空', practices: 0 },
    ];
    expect(keptRows(rows, 10)).toEqual({ kept: [rows[1], rows[0]], trimmed: false });
    expect(keptRows(rows, 1)).toEqual({ kept: [rows[1]], trimmed: true });
    const cells = [
      { localityCode: '341181', mechanism: '双报到', practices: 1, practiceIds: ['p3'] },
      { localityCode: '340882', mechanism: '红色物业', practices: 2, practiceIds: ['p1', 'p2'] },
      { localityCode: '340882', mechanism: '双报到', practices: 1, practiceIds: ['p2'] },
    ];
    const columnTotals = new Map([
      ['红色物业', 2],
      ['双报到', 2],
    ]);
    const full = adoptionMatrix({
      level: 'county',
      mechanisms: ranked.slice(0, 2),
      rows: keptRows(rows, 10).kept,
      columnTotals,
      cells,
      trimmed: false,
    });
    expect(full.localities).toEqual([
      { code: '340882', name: '潜山市', practices: 2 },
      { code: '341181', name: '天长市', practices: 1 },
    ]);
    expect(full.mechanisms).toEqual([
      { name: '双报到', practices: 2 },
      { name: '红色物业', practices: 2 },
    ]);
    expect(full.cells).toEqual([cells[2], cells[1], cells[0]]);
    expect(full.trimmed).toBe(false);
  });

  test('evidence spans: offsets from ingest; the locality phrase, names and organizations found in the text', () => {
    const spans = practiceSpans({
      text: '安图县推行红色物业，惠及3178户。',
      localityPhrase: '安图县',
      mechanisms: [{ id: 'm', name: '红色物业', start: 5, end: 9 }],
      metrics: [
        { id: 'x', text: '3178户', start: 12, end: 17 },
        { id: 'bad', text: '?', start: 40, end: 41 },
      ],
      localities: [
        { id: 'l', name: '安图县', shortName: '安图', located: true },
        { id: 'c', name: '延边朝鲜族自治州', shortName: '延边', located: false },
      ],
      organizations: [{ id: 'o', name: '不在文中' }],
    });
    expect(spans).toEqual([
      { start: 0, end: 3, kind: 'locality', nodeId: 'l', label: '安图县' },
      { start: 5, end: 9, kind: 'mechanism', nodeId: 'm', label: '红色物业' },
      { start: 12, end: 17, kind: 'metric', nodeId: 'x', label: '3178户' },
    ]);
  });

  test("stored nodes come back as the port's nodes: Integers as numbers, missing nullable properties as null", () => {
    const node = new Node(
      neo4j.int(7),
      ['Bulletin'],
      { id: 'bulletin:b1', source: 'a.txt', issue: neo4j.int(37), traditional: false },
      'e7',
    );
    expect(toGraphNode(node)).toEqual({
      id: 'bulletin:b1',
      labels: ['Bulletin'],
      properties: {
        source: 'a.txt',
        issue: 37,
        traditional: false,
        title: null,
        date: null,
        publisher: null,
        region: null,
      },
    });
  });
});

describe('read-only Cypher', () => {
  const plan = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({
    operatorType,
    arguments: { Details: details },
    children,
  });

  test.each([
    ['w', 'ReadOnly'],
    ['rw', 'ReadOnly'],
    ['s', 'ReadOnly'],
  ] as const)("a plan of query type '%s' is refused with %s", (queryType, code) => {
    expect(() => assertReadOnlyPlan(queryType, false)).toThrow(expect.objectContaining({ code }));
  });

  test('read plans pass unless they load CSV, commit on their own, call other than read-only procedures or administer', () => {
    expect(() =>
      assertReadOnlyPlan(
        'r',
        plan('ProduceResults@neo4j', '', [plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')]),
      ),
    ).not.toThrow();
    expect(() => assertReadOnlyPlan('r', plan('ShowIndexes@neo4j'))).not.toThrow();
    for (const refused of [
      plan('ProduceResults@neo4j', '', [plan('LoadCSV@neo4j')]),
      plan('TransactionApply@neo4j'),
      plan('ProcedureCall@neo4j', 'apoc.load.json($url) :: (value :: MAP)'),
      plan('ProcedureCall@neo4j', 'db.resampleOutdatedIndexes() :: ()'),
      plan('ProcedureCall@neo4j', 'dbms.components() :: (name :: STRING)'),
      plan('TerminateTransactions@neo4j'),
      plan('ShowSettings@neo4j'),
    ]) {
      expect(() => assertReadOnlyPlan('r', refused)).toThrow(expect.objectContaining({ code: 'ReadOnly' }));
    }
  });

  test('parameters: whole numbers as INTEGER, other JSON as is, anything else refused', () => {
    const params = toCypherParams({ n: 3, x: 0.5, s: '红色物业', list: [1, 'a'], map: { k: 2 } });
    expect(isInt(params['n'])).toBe(true);
    expect(params['x']).toBe(0.5);
    expect(params['s']).toBe('红色物业');
    expect(() => toCypherParams({ d: new Date() })).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
    expect(() => toCypherParams({ n: Number.NaN })).toThrow(expect.objectContaining({ code: 'InvalidInput' }));
  });

  test('result values become plain values; relationships get graph ids for their endpoints', () => {
    const collector = new ElementCollector();
    const a = new Node(neo4j.int(1), ['Practice'], { id: 'practice:1', title: 't' }, 'e1');
    const rel = new Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'USES',
      { id: 'USES:practice:1->mechanism:m', start: neo4j.int(5) },
      'r9',
      'e1',
      'e2',
    );
    const row = [a, rel, neo4j.int(42), [neo4j.int(1), 'x'], { nested: a }].map((v) => toPlainValue(v, collector));
    expect(collector.missingEndpoints()).toEqual(['e2']);
    collector.resolveEndpoints(new Map([['e2', 'mechanism:m']]));
    expect(row[1]).toEqual({
      id: 'USES:practice:1->mechanism:m',
      type: 'USES',
      start: 'practice:1',
      end: 'mechanism:m',
      properties: { start: 5 },
    });
    expect(row.slice(2)).toEqual([42, [1, 'x'], { nested: row[0] }]);
    expect(collector.graphRelationships()).toHaveLength(1);
    expect([...collector.nodes.values()].map((n) => n.id)).toEqual(['practice:1']);
  });
});

// ---------------------------------------------------------------------------------------------------------------------

describe('driver errors become StoreErrors at one boundary', () => {
  const context = { operation: 'search', uri: 'bolt://db.example:7687', user: 'researcher' };
  const driverError = (code: string, message: string) =>
    new Neo4jError(message, code, '50N42', 'error: general processing exception');

  test.each([
    [
      'ServiceUnavailable',
      'StoreUnavailable',
      'Failed to connect to server. Caused by: connect ECONNREFUSED 10.0.0.1:7687',
      /cannot reach Neo4j at bolt:\/\/db\.example:7687: connection refused/,
    ],
    ['SessionExpired', 'StoreUnavailable', 'Connection closed', /cannot reach Neo4j at bolt:\/\/db\.example:7687/],
    [
      'Neo.ClientError.Security.Unauthorized',
      'StoreUnavailable',
      'The client is unauthorized due to authentication failure.',
      /bolt:\/\/db\.example:7687 .*"researcher"/,
    ],
    [
      'Neo.ClientError.Database.DatabaseNotFound',
      'StoreUnavailable',
      'Database does not exist.',
      /bolt:\/\/db\.example:7687/,
    ],
    [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Timeout',
      'The transaction has been terminated.',
      /^search: /,
    ],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'Timeout', 'timed out', /^search: /],
    ['Neo.ClientError.Statement.AccessMode', 'ReadOnly', 'Writing in read access mode not allowed.', /^search: /],
    ['Neo.ClientError.Statement.SyntaxError', 'InvalidInput', "Invalid input 'RETRUN'", /RETRUN/],
    [
      'Neo.ClientError.Procedure.ProcedureCallFailed',
      'InvalidInput',
      'Failed to invoke procedure: Cannot parse',
      /^search: /,
    ],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'StoreUnavailable', 'Deadlock', /bolt:\/\/db\.example:7687/],
    ['Neo.DatabaseError.General.UnknownError', 'StoreUnavailable', 'Boom', /Boom/],
  ] as const)('%s → %s', (code, expected: StoreErrorCode, message, text) => {
    const translated = translateNeo4jError(driverError(code, message), context);
    expect(isStoreError(translated, expected)).toBe(true);
    expect(translated.message).toMatch(text);
    expect(translated.message).not.toContain('\n');
  });

  test('a StoreError passes through and an adapter bug is not disguised as a database error', () => {
    const storeError = new StoreError('NotFound', 'node: none');
    expect(translateNeo4jError(storeError, context)).toBe(storeError);
    const bug = new TypeError('x is undefined');
    expect(translateNeo4jError(bug, context)).toBe(bug);
  });

  test('an unused local port fails fast with StoreUnavailable naming the URI', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const store = createNeo4jStore({ uri, user: 'neo4j', password: 'unused', maxRetryTimeMs: 500 });
    const started = Date.now();
    try {
      const opened = store.open().then(
        () => null,
        (error: unknown) => error,
      );
      const error = await opened;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(isStoreError(error, 'StoreUnavailable')).toBe(true);
      expect((error as Error).message).toContain(uri);
      expect((error as Error).message).toMatch(
        /^open: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: connection refused/,
      );
      // Every operation goes through the same boundary.
      await expect(store.stats()).rejects.toMatchObject({ code: 'StoreUnavailable' });
    } finally {
      await store.close();
    }
  });
});
