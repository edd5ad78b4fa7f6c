/**
 * The export formats on the real samples document: CSV parses back with schema-typed headers and the right row counts,
 * GraphML is well-formed with every node and edge, the Cypher script passes Neo4j's own parser and keeps hostile text
 * inside its literals, and the JSON export round-trips through readJsonExport, which rejects bad files clearly.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { exportCsv } from '../../graph/export/export-csv';
import { exportCypher } from '../../graph/export/export-cypher';
import { exportGraphml } from '../../graph/export/export-graphml';
import { cypherString } from '../../graph/export/cypher-literal';
import { readJsonExport } from '../../graph/export/read-json-export';
import { writeExport } from '../../graph/export/write-export';
import { writeJsonExport } from '../../graph/export/write-json-export';
import type { GraphDocument } from '../../graph/graph-document';
import { NODE_PROPERTIES, RELATIONSHIPS, type NodeLabel, type RelationshipType } from '../../graph/schema';
import { isStoreError } from '../../graph/store/store-error';
import { ingestFiles } from '../../ingest/ingest-files';
import { SAMPLES_DIR } from '../helpers/sample-bulletins';
import { decodeCypherString, loadLanguageSupport, parseCsv, trickyDocument, TRICKY } from './export-fixtures';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-export-'));
let document: GraphDocument;

beforeAll(async () => {
  document = (await ingestFiles([SAMPLES_DIR], { workers: 1 })).document;
}, 120_000);

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>());

describe('csv', () => {
  test('one nodes file per label and one relationships file per type, typed headers from the schema, row counts', () => {
    const { files } = exportCsv(document);
    const byName = new Map(files.map((f) => [f.name, f.content]));
    const labels = countBy(document.nodes, (n) => n.labels[0] as string);
    const types = countBy(document.relationships, (r) => r.type);
    expect(labels.size).toBe(6);
    for (const [label, count] of labels) {
      const [header, ...rows] = parseCsv(byName.get(`nodes-${label}.csv`) ?? '');
      // Dates are exported as ISO strings, as the Neo4j store writes them.
      const typed = Object.entries(NODE_PROPERTIES[label as NodeLabel]).map(
        ([key, spec]) => `${key}:${spec.type === 'date' ? 'string' : spec.type}`,
      );
      expect(header).toEqual(['id:ID', ':LABEL', ...typed]);
      expect(rows).toHaveLength(count);
      for (const row of rows) expect(row).toHaveLength(header!.length);
    }
    for (const [type, count] of types) {
      const [header, ...rows] = parseCsv(byName.get(`relationships-${type}.csv`) ?? '');
      const typed = Object.entries(RELATIONSHIPS[type as RelationshipType].properties).map(
        ([key, spec]) => `${key}:${spec.type}`,
      );
      expect(header).toEqual([':START_ID', ':END_ID', ':TYPE', 'id:string', ...typed]);
      expect(rows).toHaveLength(count);
    }
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        ...[...labels.keys()].map((l) => `nodes-${l}.csv`),
        ...[...types.keys()].map((t) => `relationships-${t}.csv`),
        'README.txt',
        'schema.cypher',
      ].sort(),
    );
  });

  test('cells parse back to the document values (multi-line texts, lists, nulls, numbers)', () => {
    const { files } = exportCsv(document);
    const rows = parseCsv(files.find((f) => f.name === 'nodes-Practice.csv')!.content);
    const header = rows[0]!;
    const practice = document.nodes.find(
      (n) => n.labels[0] === 'Practice' && String(n.properties.text).includes('\n'),
    )!;
    const row = rows.find((r) => r[0] === practice.id)!;
    const cell = (name: string) => row[header.findIndex((h) => h.startsWith(`${name}:`))];
    expect(cell('text')).toBe(practice.properties.text);
    expect(cell('ordinal')).toBe(String(practice.properties.ordinal));
    const measures = practice.properties.subMeasures as string[];
    expect(cell('subMeasures')).toBe(measures.length > 0 ? measures.join(';') : '');
    const ids = new Set(document.nodes.map((n) => n.id));
    const uses = parseCsv(files.find((f) => f.name === 'relationships-USES.csv')!.content).slice(1);
    for (const [start, end] of uses) expect(ids.has(start!) && ids.has(end!)).toBe(true);
  });

  test('README.txt carries the neo4j-admin command naming every file', () => {
    const { files } = exportCsv(document);
    const readme = files.find((f) => f.name === 'README.txt')!.content;
    expect(readme).toContain('neo4j-admin database import full neo4j');
    expect(readme).toContain('--multiline-fields=true');
    for (const f of files.filter((f) => f.name.endsWith('.csv'))) {
      expect(readme).toContain(`--${f.name.startsWith('nodes-') ? 'nodes' : 'relationships'}=./${f.name}`);
    }
  });

  test('quotes, commas and newlines are quoted; a ";" inside a list element switches the array delimiter', () => {
    const { files, arrayDelimiter } = exportCsv(trickyDocument());
    expect(arrayDelimiter).toBe('|');
    const [header, row] = parseCsv(files.find((f) => f.name === 'nodes-Mechanism.csv')!.content);
    expect(row![header!.indexOf('name:string')]).toBe(TRICKY);
    expect(row![header!.indexOf('aliases:string[]')]!.split('|')).toEqual(['a;b', 'c,"d"']);
    expect(row![header!.indexOf('description:string')]).toBe('');
    expect(files.find((f) => f.name === 'README.txt')!.content).toContain('--array-delimiter="|"');
  });
});

describe('graphml', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  type Data = { key: string; '#text'?: string };
  type Parsed = {
    graphml: {
      key: { id: string; 'attr.type': string }[];
      graph: {
        edgedefault: string;
        node: { id: string; data: Data[] }[];
        edge: { source: string; target: string; data: Data[] }[];
      };
    };
  };

  test('is well-formed XML with typed keys, every node and every directed edge labelled with its type', () => {
    const xml = exportGraphml(document);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { graphml } = parser.parse(xml) as Parsed;
    expect(graphml.graph.edgedefault).toBe('directed');
    expect(graphml.graph.node).toHaveLength(document.nodes.length);
    expect(graphml.graph.edge).toHaveLength(document.relationships.length);
    expect(graphml.key.find((k) => k.id === 'n_value')?.['attr.type']).toBe('double');
    expect(graphml.key.find((k) => k.id === 'n_ordinal')?.['attr.type']).toBe('int');
    const edgeLabels = countBy(graphml.graph.edge, (e) => e.data.find((d) => d.key === 'edge_label')?.['#text'] ?? '');
    expect(edgeLabels).toEqual(countBy(document.relationships, (r) => r.type));
  });

  test('text with markup characters, newlines and XML-illegal control characters survives escaping', () => {
    const xml = exportGraphml(trickyDocument());
    expect(XMLValidator.validate(xml)).toBe(true);
    const node = (parser.parse(xml) as Parsed).graphml.graph.node[0]!;
    // XML 1.0 cannot carry U+0001 even as a character reference; ids and texts get U+FFFD, consistently.
    expect(node.id).toBe(trickyDocument().nodes[0]!.id.replace('\u0001', '\uFFFD'));
    expect(node.data.find((d) => d.key === 'n_name')?.['#text']).toBe(TRICKY.replace('\u0001', '\uFFFD'));
  });
});

describe('cypher', () => {
  const languageSupport = loadLanguageSupport();
  const lintTest = languageSupport ? test : test.skip;
  const lintName = languageSupport ? '' : ' (skipped: @neo4j-cypher/language-support is not installed)';

  test('constraints come first, then one inlined row per line for every node and relationship', () => {
    const script = exportCypher(document, { batchSize: 100 });
    const lines = script.split('\n');
    const firstUnwind = lines.indexOf('UNWIND [');
    for (const label of Object.keys(NODE_PROPERTIES)) {
      const constraint = lines.findIndex((l) => l.startsWith(`CREATE CONSTRAINT`) && l.includes(`(n:${label})`));
      expect(constraint).toBeGreaterThanOrEqual(0);
      expect(constraint).toBeLessThan(firstUnwind);
    }
    expect(lines.filter((l) => /^\{id: '[^']*', props: /.test(l))).toHaveLength(document.nodes.length);
    expect(lines.filter((l) => /^\{id: '[^']*', start: /.test(l))).toHaveLength(document.relationships.length);
    expect(script).toContain("'2023-12-12'");
    expect(script).not.toContain('date(');
  });

  lintTest(
    `every statement passes lintCypherQuery and the splitter finds exactly our statements${lintName}`,
    () => {
      const script = exportCypher(document);
      const statements = languageSupport!.parseStatementsStrs(script);
      expect(statements).toHaveLength(script.split('\n').filter((l) => l === ';').length);
      for (const statement of statements) {
        expect({
          statement: statement.slice(0, 80),
          diagnostics: languageSupport!.lintCypherQuery(statement, {}).diagnostics,
        }).toEqual({
          statement: statement.slice(0, 80),
          diagnostics: [],
        });
      }
    },
    180_000,
  );

  test('a hostile text round-trips as one literal (escaping alone)', () => {
    const literal = cypherString(TRICKY);
    expect(literal).toMatch(/^'[\x20-\x7e]*'$/);
    expect(literal).not.toMatch(/[;/"`]/);
    expect(decodeCypherString(literal)).toBe(TRICKY);
  });

  lintTest(
    `Neo4j's parser sees the hostile text as one string literal, in a statement and in a whole script${lintName}`,
    () => {
      const { highlightSyntax, lintCypherQuery, parseStatementsStrs } = languageSupport!;
      const query = `RETURN ${cypherString(TRICKY)} AS x`;
      expect(lintCypherQuery(query, {}).diagnostics).toEqual([]);
      const tokens = highlightSyntax(query);
      expect(tokens.map((t) => t.tokenType)).toEqual(['keyword', 'stringLiteral', 'keyword', 'variable']);
      expect(decodeCypherString(tokens[1]!.token)).toBe(TRICKY);
      const script = exportCypher(trickyDocument());
      const statements = parseStatementsStrs(script);
      expect(statements).toHaveLength(script.split('\n').filter((l) => l === ';').length);
      for (const statement of statements) expect(lintCypherQuery(statement, {}).diagnostics).toEqual([]);
    },
  );
});

describe('readJsonExport', () => {
  test('round-trips writeJsonExport', async () => {
    const file = path.join(tmp, 'samples.json');
    await writeJsonExport(document, file);
    await expect(readJsonExport(file)).resolves.toEqual(document);
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"nodes": [', /not JSON/],
    ['no relationships', '{"nodes": []}', /"relationships"/],
    [
      'unknown label',
      '{"nodes": [{"id": "x", "labels": ["Person"], "properties": {}}], "relationships": []}',
      /unknown label.*Person/,
    ],
    ['unknown type', JSON.stringify(withRelationship('KNOWS', 'locality:1', 'locality:2')), /unknown type.*KNOWS/],
    ['dangling end', JSON.stringify(withRelationship('PART_OF', 'locality:1', 'locality:9')), /locality:9.*dangling/],
  ];
  test.each(bad)('rejects %s with InvalidInput naming the file', async (_name, content, reason) => {
    const file = path.join(tmp, `bad-${_name.replace(/ /g, '-')}.json`);
    writeFileSync(file, content);
    const error = await readJsonExport(file).catch((e: unknown) => e);
    expect(isStoreError(error, 'InvalidInput')).toBe(true);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(reason);
  });

  test('a missing file is NotFound', async () => {
    const error = await readJsonExport(path.join(tmp, 'missing.json')).catch((e: unknown) => e);
    expect(isStoreError(error, 'NotFound')).toBe(true);
  });
});

describe('writeExport', () => {
  test('writes each format; csv as a folder that a later export replaces', async () => {
    for (const format of ['json', 'graphml', 'cypher'] as const) {
      const out = path.join(tmp, `graph.${format}`);
      await expect(writeExport(document, { format, out })).resolves.toEqual({ files: [out] });
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(1000);
    }
    const folder = path.join(tmp, 'csv');
    const first = await writeExport(document, { format: 'csv', out: folder });
    expect(readdirSync(folder).sort()).toEqual(first.files.map((f) => path.basename(f)).sort());
    await writeExport(trickyDocument(), { format: 'csv', out: folder });
    expect(readdirSync(folder).sort()).toEqual([
      'README.txt',
      'nodes-Mechanism.csv',
      'nodes-Practice.csv',
      'relationships-USES.csv',
      'schema.cypher',
    ]);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp') || f.includes('.old'))).toEqual([]);
  });

  test('never replaces a folder holding other files, nor a file, with an invalid document', async () => {
    const folder = path.join(tmp, 'mine');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'notes.txt'), 'keep me');
    const refused = await writeExport(document, { format: 'csv', out: folder }).catch((e: unknown) => e);
    expect(isStoreError(refused, 'InvalidInput')).toBe(true);
    expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('keep me');
    const out = path.join(tmp, 'kept.graphml');
    writeFileSync(out, 'earlier export');
    const broken = {
      nodes: [],
      relationships: [{ id: 'r', type: 'USES', start: 'a', end: 'b', properties: {} }],
    } as GraphDocument;
    const invalid = await writeExport(broken, { format: 'graphml', out }).catch((e: unknown) => e);
    expect(isStoreError(invalid, 'InvalidInput')).toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('earlier export');
  });
});

function withRelationship(type: string, start: string, end: string): unknown {
  const locality = (code: string) => ({
    id: `locality:${code}`,
    labels: ['Locality'],
    properties: { code, name: code, level: 'city', shortName: code },
  });
  return { nodes: [locality('1'), locality('2')], relationships: [{ id: 'r', type, start, end, properties: {} }] };
}
