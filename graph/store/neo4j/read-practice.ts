/** `practice` (the detail page) and `similarPractices`, shaped like the SQLite store's (graph/store/sqlite/read-practice.ts). */
import type { ManagedTransaction, Relationship } from 'neo4j-driver';
import type { GraphNode } from '../../graph-document';
import { READ_CAPS, type PracticeDetail, type SimilarPractice, type ReadOptions } from '../graph-store';
import { PRACTICE_DETAIL, SIMILAR_PRACTICES } from './cypher/lookup-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { practiceSpans } from './practice-spans';
import { field, listField, mapValue } from './record-fields';
import { clampLimit, int, requireId } from './request-limits';
import { asNode, asRelationship, toGraphNode, toNumberValue, toPropertyValue } from './to-graph';

/** Similar practices returned when the caller does not ask for a number. */
export const DEFAULT_SIMILAR = 10;
/** Chains longer than this mean a cycle in bad data (real ones have five levels). */
const MAX_CHAIN = 8;

export async function readPractice({
  connection,
  id,
  options = {},
}: {
  connection: Neo4jConnection;
  id: string;
  options?: ReadOptions;
}): Promise<PracticeDetail | null> {
  requireId('practice', id);
  return connection.read(
    'practice',
    async (tx) => {
      const [record] = await run({ tx, stmt: PRACTICE_DETAIL, params: { id } });
      if (!record) return null;
      const practice = toGraphNode(asNode(field(record, 'p'), 'practice'));
      const bulletin = field(record, 'b');
      const located = nodes(listField(record, 'located'), 'locality').sort(byId);
      const locatedIds = new Set(located.map((l) => l.id));
      const localities = chains(located, listField(record, 'ancestry'));
      const mechanisms = linked(listField(record, 'mechanisms'), 'mechanism')
        .map(({ node, rel }) => ({
          mechanism: node,
          evidence: relString(rel, 'evidence') ?? '',
          start: relNumber(rel, 'start') ?? 0,
          end: relNumber(rel, 'end') ?? 0,
          via: relString(rel, 'via') ?? '',
          page: relNumber(rel, 'page'),
        }))
        .sort((a, b) => a.start - b.start || byId(a.mechanism, b.mechanism));
      const organizations = new Map<string, PracticeDetail['organizations'][number]>();
      for (const { node, rel } of linked(listField(record, 'involves'), 'organization')) {
        organizations.set(node.id, { organization: node, evidence: relString(rel, 'evidence'), reportedBy: false });
      }
      for (const node of nodes(listField(record, 'reporters'), 'reporting organization')) {
        organizations.set(node.id, {
          organization: node,
          evidence: organizations.get(node.id)?.evidence ?? null,
          reportedBy: true,
        });
      }
      const metrics = nodes(listField(record, 'metrics'), 'metric').sort(
        (a, b) => (num(a, 'start') ?? 0) - (num(b, 'start') ?? 0) || byId(a, b),
      );
      const orgs = [...organizations.values()].sort((a, b) => byId(a.organization, b.organization));
      const spans = practiceSpans({
        text: str(practice, 'text') ?? '',
        localityPhrase: str(practice, 'localityPhrase'),
        mechanisms: mechanisms.map((m) => ({
          id: m.mechanism.id,
          name: str(m.mechanism, 'name'),
          start: m.start,
          end: m.end,
        })),
        metrics: metrics.map((m) => ({ id: m.id, text: str(m, 'text'), start: num(m, 'start'), end: num(m, 'end') })),
        localities: localities.map((l) => ({
          id: l.id,
          name: str(l, 'name'),
          shortName: str(l, 'shortName'),
          located: locatedIds.has(l.id),
        })),
        organizations: orgs.map((o) => ({ id: o.organization.id, name: str(o.organization, 'name') })),
      });
      return {
        practice,
        bulletin: bulletin === null ? null : toGraphNode(asNode(bulletin, 'bulletin')),
        localities,
        mechanisms,
        organizations: orgs,
        metrics,
        spans,
        similar: await similar(tx, id, READ_CAPS.similar),
      };
    },
    options,
  );
}

/** SIMILAR_TO in either direction, best score first; at most READ_CAPS.similar (default 10). Unknown id: none. */
export async function readSimilarPractices({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: { id: string; limit?: number };
  options?: ReadOptions;
}): Promise<SimilarPractice[]> {
  const id = requireId('similarPractices', request.id);
  const n = clampLimit({ limit: request.limit, cap: READ_CAPS.similar, fallback: DEFAULT_SIMILAR });
  return connection.read('similarPractices', (tx) => similar(tx, id, n), options);
}

async function similar(tx: ManagedTransaction, id: string, limit: number): Promise<SimilarPractice[]> {
  const { generation } = await currentGeneration(tx);
  const records = await run({ tx, stmt: SIMILAR_PRACTICES, params: { id, limit: int(limit), generation } });
  return records.map((r) => {
    const rel = asRelationship(field(r, 'best'), 'SIMILAR_TO');
    const strings = (key: string) => {
      const value = toPropertyValue((rel.properties as Record<string, unknown>)[key]);
      return Array.isArray(value) ? value : [];
    };
    return {
      practice: toGraphNode(asNode(field(r, 'q'), 'similar practice')),
      score: relNumber(rel, 'score') ?? 0,
      sharedMechanisms: strings('sharedMechanisms'),
      sharedTerms: strings('sharedTerms'),
    };
  });
}

/** Each located locality followed by its parents up to the province (first PART_OF link), without repeats. */
function chains(located: GraphNode[], ancestry: unknown[]): GraphNode[] {
  const parentOf = new Map<string, GraphNode>();
  for (const value of ancestry) {
    const link = mapValue(value, 'PART_OF link');
    const child = link['child'];
    if (typeof child === 'string' && !parentOf.has(child))
      parentOf.set(child, toGraphNode(asNode(link['parent'], 'parent locality')));
  }
  const chain = new Map<string, GraphNode>();
  for (const locality of located) {
    let current: GraphNode | undefined = locality;
    for (let depth = 0; current && depth <= MAX_CHAIN && !chain.has(current.id); depth++) {
      chain.set(current.id, current);
      current = parentOf.get(current.id);
    }
  }
  return [...chain.values()];
}

function nodes(values: unknown[], what: string): GraphNode[] {
  return values.map((value) => toGraphNode(asNode(value, what)));
}

/** `{node, rel}` maps from the detail query's pattern comprehensions. */
function linked(values: unknown[], what: string): { node: GraphNode; rel: Relationship }[] {
  return values.map((value) => {
    const map = mapValue(value, what);
    return { node: toGraphNode(asNode(map['node'], what)), rel: asRelationship(map['rel'], `${what} edge`) };
  });
}

function relString(rel: Relationship, key: string): string | null {
  const value = toPropertyValue((rel.properties as Record<string, unknown>)[key]);
  return typeof value === 'string' ? value : null;
}

function relNumber(rel: Relationship, key: string): number | null {
  const value = toNumberValue((rel.properties as Record<string, unknown>)[key]);
  return typeof value === 'number' ? value : null;
}

function str(node: GraphNode, key: string): string | null {
  const value = node.properties[key];
  return typeof value === 'string' ? value : null;
}

function num(node: GraphNode, key: string): number | null {
  const value = node.properties[key];
  return typeof value === 'number' ? value : null;
}

function byId(a: GraphNode, b: GraphNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
