/** Finding the node a read names: a mechanism by name or id, a locality by administrative code or id. */
import type { GraphCore } from './graph-core';
import { nodeString, type NodeRecord } from './node-records';

export function findMechanism(core: GraphCore, nameOrId: string): NodeRecord | null {
  return labelled(core, nameOrId, 'Mechanism') ?? labelled(core, `mechanism:${nameOrId}`, 'Mechanism') ?? findBy(core.lookups.byLabel.Mechanism, 'name', nameOrId);
}

export function findLocality(core: GraphCore, codeOrId: string): NodeRecord | null {
  return labelled(core, codeOrId, 'Locality') ?? labelled(core, `locality:${codeOrId}`, 'Locality') ?? findBy(core.lookups.byLabel.Locality, 'code', codeOrId);
}

function labelled(core: GraphCore, id: string, label: NodeRecord['label']): NodeRecord | null {
  const record = core.get(id);
  return record?.label === label ? record : null;
}

function findBy(records: Iterable<NodeRecord>, key: string, value: string): NodeRecord | null {
  for (const record of records) if (nodeString(record, key) === value) return record;
  return null;
}
