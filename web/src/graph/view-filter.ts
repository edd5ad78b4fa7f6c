/**
 * Which canvas nodes the filters hide: by label, by province/city (administrative code prefix) and by period.
 * Practices and bulletins carry a date, groups (a place adopting a mechanism) their first report; a practice is
 * placed by the localities it is located in on the canvas; mechanisms, organizations and figures follow the
 * practices they hang on. Undated nodes stay unless the filter hides them (they are counted apart, never dropped
 * silently).
 */
import type { NodeLabel } from '../api/types';
import type { EdgeData, NodeData } from './to-elements';

export interface ViewFilter {
  hide: readonly NodeLabel[];
  /** Province or city code ('340000', '340800'); '' for all. */
  region: string;
  from: string;
  to: string;
  /** Hide nodes without a date while a period is set. */
  hideUndated?: boolean;
}

/** The prefix shared by every code under a province or city: 340000 → 34, 340800 → 3408, 340882 → 340882. */
export function regionPrefix(code: string): string {
  if (!/^\d{6}$/.test(code)) return code;
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

export function hiddenNodes(
  { nodes, edges }: { nodes: readonly NodeData[]; edges: readonly EdgeData[] },
  filter: ViewFilter,
): Set<string> {
  const prefix = filter.region ? regionPrefix(filter.region) : '';
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    (neighbours.get(edge.source) ?? neighbours.set(edge.source, []).get(edge.source)!).push(edge.target);
    (neighbours.get(edge.target) ?? neighbours.set(edge.target, []).get(edge.target)!).push(edge.source);
  }
  const near = (id: string, label: NodeLabel) =>
    (neighbours.get(id) ?? []).map((n) => byId.get(n)).filter((n): n is NodeData => n?.label === label);

  // A unit inside the region passes, and so do its ancestors (the province of a chosen city stays as context).
  const placeIn = (code: string | null) =>
    !prefix || (code !== null && (code.startsWith(prefix) || prefix.startsWith(regionPrefix(code))));
  const period = filter.from !== '' || filter.to !== '';
  const inDates = (date: string | null) =>
    date === null
      ? !(period && filter.hideUndated)
      : (!filter.from || date >= filter.from) && (!filter.to || date <= filter.to);
  const practicePasses = new Map<string, boolean>();
  for (const node of nodes) {
    if (node.label !== 'Practice') continue;
    const placed = !prefix || near(node.id, 'Locality').some((l) => placeIn(l.code));
    practicePasses.set(node.id, placed && inDates(node.date));
  }

  const hidden = new Set<string>();
  for (const node of nodes) {
    if (!passes(node)) hidden.add(node.id);
  }
  return hidden;

  /** A group (a place adopting a mechanism) stays once adopted: when its first report is not after the period's end. */
  function passesAsPlace(node: NodeData): boolean {
    if (!node.group) return true;
    if (node.date === null) return !(period && filter.hideUndated);
    return !filter.to || node.date <= filter.to;
  }

  function passes(node: NodeData): boolean {
    if (filter.hide.includes(node.label)) return false;
    switch (node.label) {
      case 'Practice':
        return practicePasses.get(node.id) ?? true;
      case 'Locality':
        return placeIn(node.code) && passesAsPlace(node);
      case 'Bulletin':
        return (
          inDates(node.date) && (placeIn(node.code) || near(node.id, 'Practice').some((p) => practicePasses.get(p.id)))
        );
      default: {
        if (!passesAsPlace(node)) return false;
        const practices = near(node.id, 'Practice');
        return practices.length === 0 || practices.some((p) => practicePasses.get(p.id));
      }
    }
  }
}
