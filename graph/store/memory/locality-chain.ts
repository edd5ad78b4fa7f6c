/** Walking up the administrative hierarchy (PART_OF, child → parent): a town's practice counts for its county, city and province. */
import type { NodeRecord } from './node-records';

/** Real chains have at most five levels; the bound only guards against a cycle in bad data. */
const MAX_DEPTH = 8;

/** The locality itself, then its parents up to the province. */
export function localityChain(locality: NodeRecord): NodeRecord[] {
  const chain = [locality];
  let current = locality;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const parent = current.out.find((e) => e.type === 'PART_OF')?.end;
    if (!parent || chain.includes(parent)) break;
    chain.push(parent);
    current = parent;
  }
  return chain;
}

/** The localities a practice is located in (LOCATED_IN). */
export function practiceLocalities(practice: NodeRecord): NodeRecord[] {
  const localities: NodeRecord[] = [];
  for (const edge of practice.out) if (edge.type === 'LOCATED_IN') localities.push(edge.end);
  return localities;
}
