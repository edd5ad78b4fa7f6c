/** `adoption`: which localities (rolled up to province, city or county) use which mechanisms. Two queries, one read transaction. */
import { ROLLUP_LEVELS } from '../../schema';
import { READ_CAPS, type AdoptionMatrix, type AdoptionRequest } from '../graph-store';
import { StoreError } from '../store-error';
import { adoptionMatrix, keptMechanisms } from './adoption-matrix';
import { ADOPTION_CELLS, ADOPTION_MECHANISMS } from './cypher/aggregate-statements';
import { run, type Neo4jConnection } from './connection';
import { field, stringField, stringList } from './record-fields';
import { clampLimit, optionalStrings } from './request-limits';
import { toCount } from './to-graph';

export async function readAdoption(connection: Neo4jConnection, request: AdoptionRequest): Promise<AdoptionMatrix> {
  const op = 'adoption';
  const level = request.level;
  if (!(ROLLUP_LEVELS as readonly string[]).includes(level)) throw new StoreError('InvalidInput', `${op}: cannot roll up to level ${String(level)}`);
  const limitMechanisms = clampLimit(request.limitMechanisms, READ_CAPS.adoptionMechanisms);
  const limitLocalities = clampLimit(request.limitLocalities, READ_CAPS.adoptionLocalities);
  const wanted = optionalStrings(op, 'mechanisms', request.mechanisms);
  const localities = optionalStrings(op, 'localities', request.localities);
  return connection.read(op, async (tx) => {
    const ranked = (await run(tx, ADOPTION_MECHANISMS, { mechanisms: wanted })).map((r) => ({
      name: stringField(r, 'name'),
      practices: toCount(field(r, 'practices'), 'practices'),
    }));
    const { kept, trimmed } = keptMechanisms(ranked, limitMechanisms);
    const cells = await run(tx, ADOPTION_CELLS, { mechanisms: kept.map((m) => m.name), level, localities });
    const rows = cells.map((r) => ({
      code: stringField(r, 'code'),
      name: optionalString(field(r, 'name')),
      mechanism: stringField(r, 'mechanism'),
      practiceIds: stringList(field(r, 'practiceIds'), 'practiceIds'),
    }));
    return adoptionMatrix({ level, mechanisms: kept, rows, limitLocalities, trimmed });
  });
}

function optionalString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
