/**
 * `adoption`: which localities (rolled up to province, city or county) use which mechanisms, in one read
 * transaction: mechanisms ranked from relationship counts, then rows, column totals and the kept rows' cells, each
 * one statement, so only the cells shown cross the wire (adoption-matrix.ts assembles them).
 */
import neo4j from 'neo4j-driver';
import { ROLLUP_LEVELS } from '../../schema';
import { READ_CAPS, type AdoptionMatrix, type AdoptionRequest, type ReadOptions } from '../graph-store';
import { StoreError } from '../store-error';
import { adoptionMatrix, keptMechanisms, keptRows } from './adoption-matrix';
import {
  ADOPTION_CELLS,
  ADOPTION_COLUMNS,
  ADOPTION_MECHANISMS,
  ADOPTION_REPRINT_USERS,
  ADOPTION_ROWS,
} from './cypher/aggregate-statements';
import { run, type Neo4jConnection } from './connection';
import { currentGeneration } from './current-generation';
import { field, stringField, stringList } from './record-fields';
import { clampLimit, optionalStrings } from './request-limits';
import { toCount } from './to-graph';

export async function readAdoption({
  connection,
  request,
  options = {},
}: {
  connection: Neo4jConnection;
  request: AdoptionRequest;
  options?: ReadOptions;
}): Promise<AdoptionMatrix> {
  const op = 'adoption';
  const level = request.level;
  if (!(ROLLUP_LEVELS as readonly string[]).includes(level))
    throw new StoreError('InvalidInput', `${op}: cannot roll up to level ${String(level)}`);
  const limitMechanisms = clampLimit({ limit: request.limitMechanisms, cap: READ_CAPS.adoptionMechanisms });
  const limitLocalities = clampLimit({ limit: request.limitLocalities, cap: READ_CAPS.adoptionLocalities });
  const wanted = optionalStrings({ operation: op, name: 'mechanisms', value: request.mechanisms });
  const localities = optionalStrings({ operation: op, name: 'localities', value: request.localities });
  return connection.read(
    op,
    async (tx) => {
      const { generation } = await currentGeneration(tx);
      const reprints = new Map(
        (await run({ tx, stmt: ADOPTION_REPRINT_USERS, params: { mechanisms: wanted, generation } })).map((r) => [
          stringField(r, 'name'),
          toCount(field(r, 'reprints'), 'reprints'),
        ]),
      );
      const ranked = (await run({ tx, stmt: ADOPTION_MECHANISMS, params: { mechanisms: wanted } })).map((r) => {
        const name = stringField(r, 'name');
        return { name, practices: toCount(field(r, 'practices'), 'practices') - (reprints.get(name) ?? 0) };
      });
      const columns = keptMechanisms(ranked, limitMechanisms);
      const mechanisms = columns.kept.map((m) => m.name);
      const scope = { mechanisms, level, localities, generation };
      const rows = keptRows(
        (await run({ tx, stmt: ADOPTION_ROWS, params: scope })).map((r) => ({
          code: stringField(r, 'code'),
          name: typeof field(r, 'name') === 'string' ? stringField(r, 'name') : '',
          practices: toCount(field(r, 'practices'), 'practices'),
        })),
        limitLocalities,
      );
      const columnTotals = new Map(
        (await run({ tx, stmt: ADOPTION_COLUMNS, params: scope })).map((r) => [
          stringField(r, 'mechanism'),
          toCount(field(r, 'practices'), 'practices'),
        ]),
      );
      const codes = rows.kept.map((r) => r.code);
      const cells = (
        await run({
          tx,
          stmt: ADOPTION_CELLS,
          params: { codes, mechanisms, level, generation, idCap: neo4j.int(READ_CAPS.pageSize) },
        })
      ).map((r) => ({
        localityCode: stringField(r, 'code'),
        mechanism: stringField(r, 'mechanism'),
        practices: toCount(field(r, 'practices'), 'practices'),
        practiceIds: stringList(field(r, 'practiceIds'), 'practiceIds'),
      }));
      return adoptionMatrix({
        level,
        mechanisms: columns.kept,
        rows: rows.kept,
        columnTotals,
        cells,
        trimmed: columns.trimmed || rows.trimmed,
      });
    },
    options,
  );
}
