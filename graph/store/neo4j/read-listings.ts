/** `localities` and `mechanisms`: paged listings with usage counts, most used first (see aggregate-statements.ts). */
import { LOCALITY_LEVELS } from '../../schema';
import { READ_CAPS, type LocalityCount, type LocalityQuery, type MechanismCount, type MechanismQuery, type Page } from '../graph-store';
import { StoreError } from '../store-error';
import { LOCALITIES_COUNT, LOCALITIES_PAGE, MECHANISMS_COUNT, MECHANISMS_PAGE } from './cypher/aggregate-statements';
import { run, type Neo4jConnection } from './connection';
import { field } from './record-fields';
import { int, pageWindow } from './request-limits';
import { asNode, toCount, toGraphNode } from './to-graph';

export async function readLocalities(connection: Neo4jConnection, query: LocalityQuery): Promise<Page<LocalityCount>> {
  const op = 'localities';
  const { offset, limit } = pageWindow(query, READ_CAPS.pageSize);
  const level = query.level ?? null;
  if (level !== null && !(LOCALITY_LEVELS as readonly string[]).includes(level)) {
    throw new StoreError('InvalidInput', `${op}: unknown level ${String(level)}`);
  }
  return connection.read(op, async (tx) => {
    const [countRecord] = await run(tx, LOCALITIES_COUNT, { level });
    const records = await run(tx, LOCALITIES_PAGE, { level, offset: int(offset), limit: int(limit) });
    const items = records.map((r) => ({
      locality: toGraphNode(asNode(field(r, 'l'), 'locality')),
      practices: toCount(field(r, 'practices'), 'practices'),
      mechanisms: toCount(field(r, 'mechanisms'), 'mechanisms'),
    }));
    return { items, total: countRecord ? toCount(field(countRecord, 'total'), 'total') : 0, offset, limit };
  });
}

export async function readMechanisms(connection: Neo4jConnection, query: MechanismQuery): Promise<Page<MechanismCount>> {
  const op = 'mechanisms';
  const { offset, limit } = pageWindow(query, READ_CAPS.pageSize);
  const category = query.category ?? null;
  const curated = query.curated ?? null;
  if (category !== null && typeof category !== 'string') throw new StoreError('InvalidInput', `${op}: category must be a string`);
  if (curated !== null && typeof curated !== 'boolean') throw new StoreError('InvalidInput', `${op}: curated must be true or false`);
  return connection.read(op, async (tx) => {
    const [countRecord] = await run(tx, MECHANISMS_COUNT, { category, curated });
    const records = await run(tx, MECHANISMS_PAGE, { category, curated, offset: int(offset), limit: int(limit) });
    const items = records.map((r) => ({
      mechanism: toGraphNode(asNode(field(r, 'm'), 'mechanism')),
      practices: toCount(field(r, 'practices'), 'practices'),
      localities: toCount(field(r, 'localities'), 'localities'),
    }));
    return { items, total: countRecord ? toCount(field(countRecord, 'total'), 'total') : 0, offset, limit };
  });
}
