/** `localities` and `mechanisms`: paged listings with usage counts, most used first (see aggregate-statements.ts). */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { LOCALITY_LEVELS } from '../../schema';
import {
  READ_CAPS,
  type LocalityCount,
  type LocalityQuery,
  type MechanismCount,
  type MechanismQuery,
  type Page,
  type ReadOptions,
} from '../graph-store';
import { StoreError } from '../store-error';
import { LOCALITIES_PAGE, MECHANISMS_PAGE } from './cypher/aggregate-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, listField, mapValue } from './record-fields';
import { int, pageWindow } from './request-limits';
import { asNode, toCount, toGraphNode } from './to-graph';

export async function readLocalities({
  connection,
  query,
  options = {},
}: {
  connection: Neo4jConnection;
  query: LocalityQuery;
  options?: ReadOptions;
}): Promise<Page<LocalityCount>> {
  const op = 'localities';
  const { offset, limit } = pageWindow({ request: query, cap: READ_CAPS.pageSize });
  const level = query.level ?? null;
  if (level !== null && !(LOCALITY_LEVELS as readonly string[]).includes(level)) {
    throw new StoreError('InvalidInput', `${op}: unknown level ${String(level)}`);
  }
  return connection.read(
    op,
    async (tx) => {
      const { generation } = await currentGeneration(tx);
      const [record] = await run({
        tx,
        stmt: LOCALITIES_PAGE,
        params: { level, offset: int(offset), limit: int(limit), generation },
      });
      const items = rows(record, 'locality').map((row) => ({
        locality: toGraphNode(asNode(row['l'], 'locality')),
        practices: toCount(row['practices'], 'practices'),
        mechanisms: toCount(row['mechanisms'], 'mechanisms'),
      }));
      return { items, total: total(record), offset, limit };
    },
    options,
  );
}

export async function readMechanisms({
  connection,
  query,
  options = {},
}: {
  connection: Neo4jConnection;
  query: MechanismQuery;
  options?: ReadOptions;
}): Promise<Page<MechanismCount>> {
  const op = 'mechanisms';
  const { offset, limit } = pageWindow({ request: query, cap: READ_CAPS.pageSize });
  const category = query.category ?? null;
  const curated = query.curated ?? null;
  if (category !== null && typeof category !== 'string')
    throw new StoreError('InvalidInput', `${op}: category must be a string`);
  if (curated !== null && typeof curated !== 'boolean')
    throw new StoreError('InvalidInput', `${op}: curated must be true or false`);
  return connection.read(
    op,
    async (tx) => {
      const { generation } = await currentGeneration(tx);
      const [record] = await run({
        tx,
        stmt: MECHANISMS_PAGE,
        params: { category, curated, offset: int(offset), limit: int(limit), generation },
      });
      const items = rows(record, 'mechanism').map((row) => ({
        mechanism: toGraphNode(asNode(row['m'], 'mechanism')),
        practices: toCount(row['practices'], 'practices'),
        localities: toCount(row['localities'], 'localities'),
      }));
      return { items, total: total(record), offset, limit };
    },
    options,
  );
}

/** The page's rows; an aggregation over no rows still returns one record, so a missing one means none. */
function rows(record: Neo4jRecord | undefined, what: string): Record<string, unknown>[] {
  return record ? listField(record, 'page').map((value) => mapValue(value, what)) : [];
}

function total(record: Neo4jRecord | undefined): number {
  return record ? toCount(field(record, 'total'), 'total') : 0;
}
