/** `kg mechanisms [--discovered] [--min-count N] [--format table|csv]`: the stored mechanisms for review. */
import { StoreError } from '../../graph/store/store-error';
import { EXIT } from '../exit-codes';
import { reviewCsv, reviewMechanisms, reviewTable } from '../mechanism-review';
import { openStore, type StoreOptions } from '../open-store';

export interface MechanismsOptions extends StoreOptions {
  discovered?: boolean;
  minCount?: string;
  format?: string;
}

const FORMATS = ['table', 'csv'];

export async function mechanismsCommand(options: MechanismsOptions): Promise<number> {
  const format = options.format ?? 'table';
  if (!FORMATS.includes(format))
    throw new StoreError('InvalidInput', `mechanisms: unknown format "${format}" (${FORMATS.join(' or ')})`);
  const minCount = options.minCount === undefined ? 1 : Number(options.minCount);
  if (!Number.isInteger(minCount) || minCount < 1)
    throw new StoreError(
      'InvalidInput',
      `mechanisms: --min-count must be a whole number from 1 (got "${options.minCount}")`,
    );
  const store = await openStore({ ...options, readOnly: true });
  try {
    const rows = await reviewMechanisms(store, { discovered: options.discovered === true, minCount });
    process.stdout.write(format === 'csv' ? reviewCsv(rows) : `${reviewTable(rows)}\n`);
    const curated = rows.filter((r) => r.status === 'curated').length;
    console.error(
      `mechanisms: ${rows.length} listed (${curated} curated, ${rows.length - curated} discovered)${minCount > 1 ? ` with at least ${minCount} practices` : ''}`,
    );
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
