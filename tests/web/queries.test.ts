/**
 * The client–server contract: every GraphQL document the explorer sends (web/src/api/queries.ts) validates against
 * server/schema.graphql and asks only for the domain Query fields, so a change on either side fails here first.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { buildASTSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { ALL_QUERIES } from '../../web/src/api/queries';
import { NODE_LABELS, ROLLUP_LEVELS } from '../../web/src/api/types';

const SDL = readFileSync(path.join(__dirname, '..', '..', 'server', 'schema.graphql'), 'utf8');
// The SDL carries @neo4j/graphql directives (@node, @relationship …) that only that library defines.
const schema = buildASTSchema(parse(SDL), { assumeValidSDL: true });

const DOMAIN_FIELDS = [
  'stats',
  'search',
  'node',
  'neighborhood',
  'localities',
  'mechanisms',
  'adoption',
  'practice',
  'similarPractices',
  'diffusion',
  'localityPortfolio',
  'comparePortfolios',
  'similarLocalities',
  'mechanismFamily',
  'mechanismUsage',
  'cypher',
  'mechanismView',
  'localityView',
  'spread',
  'cooccurrence',
  'adoptionTable',
  'nodeContexts',
];

const documents = Object.entries(ALL_QUERIES);

test.each(documents)('%s validates against server/schema.graphql', (_name, text) => {
  expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
});

test.each(documents)('%s is one named query over domain fields only', (_name, text) => {
  const operations = parse(text).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  expect(operations).toHaveLength(1);
  const [operation] = operations;
  expect(operation!.operation).toBe('query');
  expect(operation!.name?.value).toMatch(/^[A-Z]\w+$/);
  for (const selection of operation!.selectionSet.selections) {
    expect(selection.kind).toBe(Kind.FIELD);
    if (selection.kind === Kind.FIELD) expect(DOMAIN_FIELDS).toContain(selection.name.value);
  }
});

test('the check can fail: a misspelt field, a missing argument and a generated field are caught', () => {
  expect(validate(schema, parse('query A { stats { practicez } }')).length).toBeGreaterThan(0);
  expect(validate(schema, parse('query B { practice { spans { start } } }')).length).toBeGreaterThan(0);
  expect(validate(schema, parse('query C { search(text: 1) { total } }')).length).toBeGreaterThan(0);
});

test('operation names are unique across the client', () => {
  const names = documents.map(
    ([, text]) =>
      (parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode).name
        ?.value,
  );
  expect(new Set(names).size).toBe(names.length);
});

test('the client lists exactly the schema enums it mirrors: node labels and roll-up levels', () => {
  const values = (name: string) => {
    const type = schema.getType(name);
    return type && 'getValues' in type
      ? type
          .getValues()
          .map((v) => v.name)
          .sort()
      : [];
  };
  expect([...NODE_LABELS].sort()).toEqual(values('NodeLabel'));
  expect([...ROLLUP_LEVELS].sort()).toEqual(values('RollupLevel'));
});
