/**
 * Floods against a real `kg serve` on ≥ 1,000 bulletins: 1,000 and 10,000 aliases of every domain field, the
 * issue's crash cases (1,000, 7,000 and 11,000 aliases of a full-size neighbourhood), each field at the alias limit,
 * and introspection floods. Each is refused before it runs or answered within its limits; meanwhile /health answers
 * every poll within 1 s, the server stays up and under 1.5 GB, and no answer shows a stack or a path.
 */
import { buildASTSchema, getNamedType, isEnumType, isLeafType, isNonNullType, parse, type GraphQLField } from 'graphql';
import type { ServeProcess } from '../../../bench/serve-process';
import { SERVER_LIMITS } from '../../../server/limits/server-limits';
import { readSchemaSdl } from '../../../server/schema/schema-sdl';
import { stripNeo4jDirectives } from '../../../server/schema/strip-neo4j-directives';
import {
  errorCodes,
  expectNoInternals,
  expectServerHeld,
  postGraphql,
  startAbuseServer,
  watchHealth,
  type HttpAnswer,
} from './abuse-server';

let server: ServeProcess;

beforeAll(async () => {
  server = await startAbuseServer();
}, 600_000);

afterAll(async () => {
  await server?.stop();
});

const schema = buildASTSchema(stripNeo4jDirectives(parse(readSchemaSdl())));
const domainFields = Object.values(schema.getQueryType()?.getFields() ?? {});

/** Plausible values for the required arguments, by name; sizes at their caps, so each call is as heavy as allowed. */
const VALUES: Record<string, string> = {
  id: '"mechanism:双报到"',
  text: '"党建"',
  mechanism: '"双报到"',
  code: '"340800"',
  a: '"340800"',
  b: '"341100"',
  query: '"MATCH (n) RETURN n LIMIT 1"',
  limit: '2000',
  depth: '3',
  limitLocalities: '500',
  limitMechanisms: '300',
};

function call(field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || VALUES[arg.name] !== undefined)
    .map((arg) => {
      const type = getNamedType(arg.type);
      const value = isEnumType(type) ? (type.getValues()[0]?.name ?? '') : (VALUES[arg.name] ?? '"x"');
      return `${arg.name}: ${value}`;
    });
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
}

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function expectRefusedUpFront(answer: HttpAnswer): void {
  expect([400, 413]).toContain(answer.status);
  expect(
    errorCodes(answer.text).every((code) => code === 'GRAPHQL_VALIDATION_FAILED' || code === 'PAYLOAD_TOO_LARGE'),
  ).toBe(true);
  expectNoInternals(answer.text);
}

test('the schema has domain fields to flood', () => {
  expect(domainFields.map((field) => field.name)).toEqual(
    expect.arrayContaining(['neighborhood', 'search', 'adoption', 'practice', 'diffusion']),
  );
});

test('1,000 and 10,000 aliases of every domain field are refused before anything runs', async () => {
  const health = watchHealth(server);
  for (const field of domainFields) {
    for (const count of [1_000, 10_000]) {
      const answer = await postGraphql({ server, query: aliased(count, call(field)) });
      expectRefusedUpFront(answer);
      expect(answer.ms).toBeLessThan(5_000);
    }
  }
  await expectServerHeld(server, await health.stop());
}, 300_000);

test("the issue's crash cases: 1,000, 7,000 and 11,000 aliases of a full neighbourhood are refused at the token limit", async () => {
  const health = watchHealth(server);
  for (const count of [1_000, 7_000, 11_000]) {
    const answer = await postGraphql({
      server,
      query: aliased(count, 'neighborhood(id:"mechanism:双报到", depth:3, limit:2000){trimmed}'),
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'tokens' } }],
    });
  }
  await expectServerHeld(server, await health.stop());
}, 120_000);

test('every domain field at the alias limit either answers or is refused by its cost, never more', async () => {
  const health = watchHealth(server);
  for (const field of domainFields) {
    const answer = await postGraphql({ server, query: aliased(SERVER_LIMITS.maxAliases, call(field)) });
    expect([200, 400]).toContain(answer.status);
    if (answer.status === 400)
      expect(JSON.parse(answer.text)).toMatchObject({ errors: [{ extensions: { limit: 'cost' } }] });
    expectNoInternals(answer.text);
  }
  const beyond = await postGraphql({ server, query: aliased(SERVER_LIMITS.maxAliases + 1, 'node(id: "x") { id }') });
  expect(JSON.parse(beyond.text)).toMatchObject({
    errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases' } }],
  });
  await expectServerHeld(server, await health.stop());
}, 300_000);

test('introspection floods: 12,500 aliases of __schema are refused; introspection within the limits answers', async () => {
  const health = watchHealth(server);
  const flood = await postGraphql({ server, query: aliased(12_500, '__schema{types{name fields{name}}}') });
  expectRefusedUpFront(flood);
  const types = await postGraphql({ server, query: aliased(5_000, '__type(name: "Query"){fields{name args{name}}}') });
  expectRefusedUpFront(types);
  const allowed = await postGraphql({
    server,
    query: aliased(SERVER_LIMITS.maxAliases, '__schema{types{name fields{name}}}'),
  });
  expect(allowed.status).toBe(200);
  expect(allowed.text.length).toBeLessThan(SERVER_LIMITS.maxResponseBytes);
  await expectServerHeld(server, await health.stop());
}, 120_000);
