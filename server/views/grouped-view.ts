/**
 * The shape shared by the grouped views (a mechanism's places, a locality's mechanisms): groups with their counts,
 * the practices of expanded groups each tied to its group, and counts of what is drawn and what stays grouped.
 */
import { relationshipId, type GraphNode, type GraphRelationship, type PropertyValue } from '../../graph/graph-document';
import type { RollupLevel } from '../../graph/schema';
import type { PracticeContext } from './practice-context';

export interface ViewGroup {
  node: GraphNode;
  practices: number;
  firstReported: string | null;
  /** The group's practice ids as the store listed them (at most READ_CAPS.pageSize). */
  practiceIds: string[];
}

export interface ViewEntry {
  node: GraphNode;
  group: boolean;
  expanded: boolean;
  practices: number | null;
  firstReported: string | null;
  places: string[];
}

/**
 * A relationship of a view: one of the graph's (USES, LOCATED_IN) or one the view draws — ADOPTS from a place to a
 * mechanism it adopted (with the practices and first report behind it), LOCATED_WITHIN from a practice to the place
 * its own locality lies in.
 */
export interface ViewRelationship {
  id: string;
  type: GraphRelationship['type'] | 'ADOPTS' | 'LOCATED_WITHIN';
  start: string;
  end: string;
  properties: Record<string, PropertyValue>;
}

export interface GroupedView {
  root: GraphNode;
  level: RollupLevel | null;
  nodes: ViewEntry[];
  relationships: ViewRelationship[];
  practices: number;
  shownPractices: number;
  groupedPractices: number;
  groupedIn: number;
  groups: number;
  trimmed: boolean;
}

export interface GroupedViewInput {
  root: GraphNode;
  level: RollupLevel | null;
  groups: ViewGroup[];
  /** Groups whose practices are drawn, by group node id, with the practices read for each (in group order). */
  drawn: Map<string, PracticeContext[]>;
  /** How a group relates to the root: ADOPTS from a place to a mechanism. */
  groupEdge(group: GraphNode): { start: string; end: string };
  /** The mechanism every drawn practice USES: the root (a mechanism's view) or its group (a locality's view). */
  mechanismOf(group: GraphNode): GraphNode;
  /** The place every drawn practice is tied to: its group (a mechanism's view) or the root (a locality's view). */
  placeOf(group: GraphNode): GraphNode;
  /** Distinct practices in the view's scope. */
  practices: number;
  trimmed: boolean;
}

/** Assembles nodes (root, groups, then drawn practices), relationships and counts. Pure. */
export function groupedView(input: GroupedViewInput): GroupedView {
  const nodes: ViewEntry[] = [
    { node: input.root, group: false, expanded: false, practices: input.practices, firstReported: null, places: [] },
  ];
  const relationships = new Map<string, ViewRelationship>();
  const relate = (relationship: ViewRelationship) => relationships.set(relationship.id, relationship);
  const shown = new Map<string, PracticeContext>();
  let groupedIn = 0;
  for (const group of input.groups) {
    const drawn = input.drawn.get(group.node.id);
    nodes.push({
      node: group.node,
      group: true,
      expanded: drawn !== undefined,
      practices: group.practices,
      firstReported: group.firstReported,
      places: [],
    });
    const { start, end } = input.groupEdge(group.node);
    relate({
      id: `ADOPTS:${start}->${end}`,
      type: 'ADOPTS',
      start,
      end,
      properties: { practices: group.practices, firstReported: group.firstReported },
    });
    if ((drawn?.length ?? 0) < group.practices) groupedIn++;
    for (const context of drawn ?? []) {
      shown.set(context.practice.id, context);
      const mechanism = input.mechanismOf(group.node);
      const place = input.placeOf(group.node);
      relate({
        id: relationshipId({ type: 'USES', start: context.practice.id, end: mechanism.id }),
        type: 'USES',
        start: context.practice.id,
        end: mechanism.id,
        properties: {},
      });
      relate(placeLink(context, place));
    }
  }
  for (const context of shown.values()) {
    nodes.push({
      node: context.practice,
      group: false,
      expanded: false,
      practices: null,
      firstReported: context.date,
      places: context.localities.map(nameOf),
    });
  }
  return {
    root: input.root,
    level: input.level,
    nodes,
    relationships: [...relationships.values()],
    practices: input.practices,
    shownPractices: shown.size,
    groupedPractices: Math.max(0, input.practices - shown.size),
    groupedIn,
    groups: input.groups.length,
    trimmed: input.trimmed,
  };
}

/** LOCATED_IN to the place itself when the practice is located there, else a rolled-up link to the place above its own. */
function placeLink(context: PracticeContext, place: GraphNode): ViewRelationship {
  const own = context.localities.some((locality) => locality.id === place.id);
  const start = context.practice.id;
  if (own)
    return {
      id: relationshipId({ type: 'LOCATED_IN', start, end: place.id }),
      type: 'LOCATED_IN',
      start,
      end: place.id,
      properties: {},
    };
  return {
    id: `LOCATED_WITHIN:${start}->${place.id}`,
    type: 'LOCATED_WITHIN',
    start,
    end: place.id,
    properties: { places: context.localities.map(nameOf) },
  };
}

function nameOf(node: GraphNode): string {
  const name = node.properties['name'];
  return typeof name === 'string' ? name : node.id;
}
