/**
 * The Neo4j-mode schema, built by @neo4j/graphql from the contract SDL with a driver pointing nowhere (building needs
 * no database): every domain Query field and domain type is exactly the embedded one, the node types gain the
 * generated read fields integrators use, nothing can write, and the depth and cost rules hold on its deep fields.
 */
import { readFileSync } from 'fs';
import {
  getNamedType,
  getOperationAST,
  isObjectType,
  parse,
  printType,
  validate,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphStore } from '../../graph/store/graph-store';
import { domainResolvers } from '../../server/resolvers/domain-resolvers';
import { armorRules } from '../../server/limits/armor-rules';
import { operationCost } from '../../server/limits/operation-cost';
import { SERVER_LIMITS } from '../../server/limits/server-limits';
import { buildEmbeddedSchema } from '../../server/schema/embedded-schema';
import { buildNeo4jSchema } from '../../server/schema/neo4j-schema';
import { schemaSdlPath } from '../../server/schema/schema-sdl';

const sdl = readFileSync(schemaSdlPath(), 'utf8');
/** The resolvers only need a store when they run; building a schema never calls them. */
const resolvers = domainResolvers({ kind: 'neo4j' } as GraphStore);
let driver: Driver;
let neo4jSchema: GraphQLSchema;
let embeddedSchema: GraphQLSchema;

beforeAll(async () => {
  driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'));
  neo4jSchema = await buildNeo4jSchema({ sdl, driver, resolvers });
  embeddedSchema = buildEmbeddedSchema(sdl, resolvers);
}, 60_000);

afterAll(async () => {
  await driver?.close();
});

const signature = (field: GraphQLField<unknown, unknown>) =>
  `${field.name}(${field.args.map((arg) => `${arg.name}: ${String(arg.type)}${arg.defaultValue === undefined ? '' : ` = ${JSON.stringify(arg.defaultValue)}`}`).join(', ')}): ${String(field.type)}`;

/** Every named type reachable from the given Query fields (the domain API the explorer uses). */
function reachableTypes(
  schema: GraphQLSchema,
  fields: GraphQLField<unknown, unknown>[],
): Map<string, GraphQLNamedType> {
  const seen = new Map<string, GraphQLNamedType>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    if (isObjectType(type))
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        for (const arg of field.args) visit(getNamedType(arg.type));
      }
  };
  for (const field of fields) {
    visit(getNamedType(field.type));
    for (const arg of field.args) visit(getNamedType(arg.type));
  }
  return seen;
}

test('every domain Query field has the same signature (arguments, defaults, type) in both modes', () => {
  const embedded = Object.values(embeddedSchema.getQueryType()?.getFields() ?? {});
  const neo4jFields = neo4jSchema.getQueryType()?.getFields() ?? {};
  expect(embedded.map((field) => field.name)).toEqual(
    expect.arrayContaining([
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
      'cypher',
    ]),
  );
  for (const field of embedded) {
    const counterpart = neo4jFields[field.name];
    expect(counterpart && signature(counterpart)).toBe(signature(field));
  }
});

test('the domain types are printed identically in both modes (no generated type replaced or extended one)', () => {
  const domainFields = Object.values(embeddedSchema.getQueryType()?.getFields() ?? {});
  const types = reachableTypes(embeddedSchema, domainFields);
  expect(types.has('PracticeDetail')).toBe(true);
  for (const [name, type] of types) {
    const counterpart = neo4jSchema.getType(name);
    expect(counterpart && printType(counterpart)).toBe(printType(type));
  }
});

test('node types gain generated read fields with filters, connections and aggregates, and there are no mutations', () => {
  const query = neo4jSchema.getQueryType()?.getFields() ?? {};
  for (const name of [
    'bulletins',
    'practices',
    'localityNodes',
    'mechanismNodes',
    'organizations',
    'metrics',
    'practicesConnection',
  ])
    expect(query).toHaveProperty(name);
  expect(query['practices']?.args.map((arg) => arg.name)).toEqual(expect.arrayContaining(['where', 'limit', 'sort']));
  const connection = neo4jSchema.getType('PracticesConnection');
  expect(isObjectType(connection) && Object.keys(connection.getFields())).toEqual(
    expect.arrayContaining(['edges', 'totalCount', 'aggregate']),
  );
  const practice = neo4jSchema.getType('Practice');
  expect(isObjectType(practice) && Object.keys(practice.getFields())).toEqual(
    expect.arrayContaining(['mechanisms', 'mechanismsConnection', 'localities']),
  );
  expect(neo4jSchema.getMutationType()).toBeUndefined();
  expect(neo4jSchema.getSubscriptionType()).toBeUndefined();
});

test('the embedded schema serves the SDL without @neo4j/graphql directives', () => {
  expect(embeddedSchema.getDirectives().map((directive) => directive.name)).not.toContain('node');
  expect(embeddedSchema.getMutationType()).toBeUndefined();
  expect(sdl).toContain('@relationship(type: "USES"');
});

describe('limits on the generated fields', () => {
  /** The shape limits (validation rules), then the cost (priced once the operation is known), as the server applies them. */
  const limitErrors = (query: string) => {
    const document = parse(query);
    const shape = validate(neo4jSchema, document, armorRules(SERVER_LIMITS)).map((error) => error.extensions['limit']);
    const operation = getOperationAST(document);
    const priced = operation
      ? operationCost({ schema: neo4jSchema, document, operation, limits: SERVER_LIMITS })
      : undefined;
    return priced?.refusal ? [...shape, 'cost'] : shape;
  };

  test('a connection query with relationship properties is within both limits', () => {
    const query =
      '{ practicesConnection(first: 20, where: { title: { contains: "议事" } }) { totalCount edges { node { title mechanismsConnection { edges { properties { evidence start end } node { name } } } } } } }';
    expect(validate(neo4jSchema, parse(query))).toEqual([]);
    expect(limitErrors(query)).toEqual([]);
  });

  test('a valid query nested past the depth limit is refused', () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'title' : `mechanisms { practices { ${nested(depth - 1)} } }`;
    const query = `{ practices(limit: 1) { ${nested(4)} } }`;
    expect(validate(neo4jSchema, parse(query))).toEqual([]);
    expect(limitErrors(query)).toContain('depth');
  });

  test('nested large pages multiply into a refused cost; fragments are followed', () => {
    const query = `
      fragment Uses on Mechanism { practices(limit: 200) { title localities(limit: 200) { name } } }
      { practices(limit: 200) { mechanisms(limit: 200) { ...Uses } } }`;
    expect(validate(neo4jSchema, parse(query))).toEqual([]);
    expect(limitErrors(query)).toContain('cost');
  });
});
