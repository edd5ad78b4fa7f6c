/**
 * Arbitrary values of a researcher's query → plain JSON-able values. Nodes and relationships become the port's
 * GraphNode / GraphRelationship (and are collected, so the caller can draw them); relationship endpoints are node
 * element ids in the driver, so they are resolved to graph ids afterwards (`resolveEndpoints`).
 */
import { isInt, isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type { GraphNode, GraphRelationship, PropertyValue } from '../../graph-document';
import { isRelationshipType } from '../../schema';
import { HIDDEN_RELATIONSHIP_PROPERTIES } from './cypher/stored-properties';
import { toGraphNode, toNumberValue, toPropertyValue } from './to-graph';

/** A relationship as shown to the researcher; `type` may be outside the schema if someone else wrote it. */
export interface PlainRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

export class ElementCollector {
  /** By element id. */
  readonly nodes = new Map<string, GraphNode>();
  readonly relationships = new Map<
    string,
    { plain: PlainRelationship; startElementId: string; endElementId: string }
  >();

  node(node: Node): GraphNode {
    const known = this.nodes.get(node.elementId);
    if (known) return known;
    const converted = toGraphNode(node);
    this.nodes.set(node.elementId, converted);
    return converted;
  }

  relationship(rel: Relationship): PlainRelationship {
    const known = this.relationships.get(rel.elementId);
    if (known) return known.plain;
    const properties: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(rel.properties as Record<string, unknown>)) {
      if (!HIDDEN_RELATIONSHIP_PROPERTIES.has(key)) properties[key] = toPropertyValue(value);
    }
    const id = (rel.properties as Record<string, unknown>)['id'];
    // Endpoints are filled in by resolveEndpoints once every row has been read.
    const plain = { id: typeof id === 'string' ? id : rel.elementId, type: rel.type, start: '', end: '', properties };
    this.relationships.set(rel.elementId, {
      plain,
      startElementId: rel.startNodeElementId,
      endElementId: rel.endNodeElementId,
    });
    return plain;
  }

  /** Endpoint element ids whose nodes the rows did not contain. */
  missingEndpoints(): string[] {
    const missing = new Set<string>();
    for (const { startElementId, endElementId } of this.relationships.values()) {
      for (const e of [startElementId, endElementId]) if (!this.nodes.has(e)) missing.add(e);
    }
    return [...missing];
  }

  /** Fills in endpoints: from collected nodes, then `looked` (element id → graph id), else the element id itself. */
  resolveEndpoints(looked: ReadonlyMap<string, string>): void {
    const idOf = (e: string) => this.nodes.get(e)?.id ?? looked.get(e) ?? e;
    for (const { plain, startElementId, endElementId } of this.relationships.values()) {
      plain.start = idOf(startElementId);
      plain.end = idOf(endElementId);
    }
  }

  /** Schema relationships only: the port's GraphRelationship has a schema type. */
  graphRelationships(): GraphRelationship[] {
    return [...this.relationships.values()].flatMap(({ plain }) => {
      const { type } = plain;
      return isRelationshipType(type) ? [{ ...plain, type }] : [];
    });
  }
}

export function toPlainValue(value: unknown, collector: ElementCollector): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (isInt(value)) return toNumberValue(value);
  if (isNode(value)) return collector.node(value);
  if (isRelationship(value)) return collector.relationship(value);
  if (isPath(value)) {
    return {
      nodes: [collector.node(value.start), ...value.segments.map((s) => collector.node(s.end))],
      relationships: value.segments.map((s) => collector.relationship(s.relationship)),
    };
  }
  if (Array.isArray(value)) return value.map((v: unknown) => toPlainValue(v, collector));
  if (ArrayBuffer.isView(value)) return Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlainValue(v, collector)]));
  }
  // Temporal values, points and durations print in Cypher's own notation (2024-01-31, point({…}), P1D).
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
