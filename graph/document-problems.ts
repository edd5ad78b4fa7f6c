/**
 * The problems of a value checked against the GraphDocument contract of DESIGN.md and graph/schema.ts: labels, types,
 * endpoints and value types. Exports and `readJsonExport` refuse a document with problems, and both stores check
 * written values with the same rules (`fitsSpec`), so every format and store can trust them.
 */
import {
  isNodeLabel,
  isRelationshipType,
  nodePropertySpecs,
  RELATIONSHIPS,
  type NodeLabel,
  type PropertySpec,
} from './schema';

/** Enough problems to act on; a broken file would otherwise yield one line per node. */
const MAX_PROBLEMS = 10;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems found, at most `MAX_PROBLEMS` plus a count of the rest; empty when `value` is a valid GraphDocument. */
export function findDocumentProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(value)) return ['the top level is not an object with "nodes" and "relationships"'];
  if (!Array.isArray(value.nodes)) problems.push('"nodes" is missing or not an array');
  if (!Array.isArray(value.relationships)) problems.push('"relationships" is missing or not an array');
  if (problems.length > 0) return problems;
  const nodeLabels = new Map<string, string[]>();
  (value.nodes as unknown[]).forEach((node, i) => checkNode(node, `nodes[${i}]`, nodeLabels, problems));
  const relIds = new Set<string>();
  (value.relationships as unknown[]).forEach((rel, i) =>
    checkRelationship({ rel, where: `relationships[${i}]`, nodeLabels, ids: relIds, problems }),
  );
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problem(s)`];
}

function checkNode(node: unknown, where: string, nodeLabels: Map<string, string[]>, problems: string[]): void {
  if (!isRecord(node)) return void problems.push(`${where} is not an object`);
  const { id, labels, properties } = node;
  if (typeof id !== 'string' || id === '') return void problems.push(`${where}.id is not a non-empty string`);
  if (nodeLabels.has(id)) problems.push(`${where}: duplicate node id "${id}"`);
  if (!Array.isArray(labels) || labels.length === 0)
    return void problems.push(`${where} ("${id}"): "labels" is not a non-empty array`);
  const unknown = labels.filter((l) => typeof l !== 'string' || !isNodeLabel(l));
  if (unknown.length > 0) return void problems.push(`${where} ("${id}"): unknown label(s) ${JSON.stringify(unknown)}`);
  nodeLabels.set(id, labels as string[]);
  checkProperties(
    properties,
    nodePropertySpecs(labels as NodeLabel[]),
    `${where} ("${id}", ${labels.join(':')})`,
    problems,
  );
}

function checkRelationship({
  rel,
  where,
  nodeLabels,
  ids,
  problems,
}: {
  rel: unknown;
  where: string;
  nodeLabels: Map<string, string[]>;
  ids: Set<string>;
  problems: string[];
}): void {
  if (!isRecord(rel)) return void problems.push(`${where} is not an object`);
  const { id, type, start, end, properties } = rel;
  if (typeof id !== 'string' || id === '') return void problems.push(`${where}.id is not a non-empty string`);
  if (ids.has(id)) problems.push(`${where}: duplicate relationship id "${id}"`);
  ids.add(id);
  if (typeof type !== 'string' || !isRelationshipType(type))
    return void problems.push(`${where} ("${id}"): unknown type ${JSON.stringify(type)}`);
  const spec = RELATIONSHIPS[type];
  for (const [end_, nodeId, label] of [
    ['start', start, spec.from],
    ['end', end, spec.to],
  ] as const) {
    const labels = typeof nodeId === 'string' ? nodeLabels.get(nodeId) : undefined;
    if (!labels)
      problems.push(
        `${where} ("${id}"): ${end_} ${JSON.stringify(nodeId)} is not a node id in this document (dangling)`,
      );
    else if (!labels.includes(label))
      problems.push(`${where} ("${id}"): ${type} needs a ${label} ${end_} node, got ${labels.join(':')}`);
  }
  checkProperties(properties, spec.properties, `${where} ("${id}", ${type})`, problems);
}

function checkProperties(
  properties: unknown,
  specs: Record<string, PropertySpec>,
  where: string,
  problems: string[],
): void {
  if (!isRecord(properties)) return void problems.push(`${where}: "properties" is not an object`);
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if (!spec) problems.push(`${where}: property "${key}" is not declared in graph/schema.ts`);
    else if (!fitsSpec(value, spec))
      problems.push(`${where}: property "${key}" is ${JSON.stringify(value)}, expected ${describe(spec)}`);
  }
}

/** Missing and null are the same to every store and format; a non-nullable property must not be null. */
export function fitsSpec(value: unknown, spec: PropertySpec): boolean {
  if (value === null) return spec.nullable === true;
  switch (spec.type) {
    case 'string':
      return typeof value === 'string';
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value);
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** Date.parse rolls 2024-02-30 over to March; Neo4j's date() rejects it, so compare the round trip. */
function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function describe(spec: PropertySpec): string {
  const type = spec.type === 'date' ? 'a date YYYY-MM-DD' : spec.type;
  return spec.nullable ? `${type} or null` : type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
