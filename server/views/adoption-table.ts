/**
 * The adoption matrix a researcher asked for: chosen mechanisms as columns, rows at one level (limited to the
 * localities of a province or city when a region is given), each cell with the first report of the mechanism there
 * (from each column's `diffusion` at that level), so the matrix can be filtered to a period and played.
 */
import type { RollupLevel } from '../../graph/schema';
import { READ_CAPS, type AdoptionMatrix, type GraphStore, type ReadOptions } from '../../graph/store/graph-store';
import { regionCodes } from './region-codes';

export interface AdoptionTableRequest {
  level: RollupLevel;
  mechanisms: readonly string[];
  region: string | null;
  limitLocalities: number;
}

export interface AdoptionTable extends Omit<AdoptionMatrix, 'cells'> {
  region: string | null;
  cells: (AdoptionMatrix['cells'][number] & { firstReported: string | null })[];
}

export async function adoptionTable({
  store,
  request,
  options,
}: {
  store: GraphStore;
  request: AdoptionTableRequest;
  options?: ReadOptions;
}): Promise<AdoptionTable> {
  const mechanisms = [...new Set(request.mechanisms)].slice(0, READ_CAPS.adoptionMechanisms);
  const localities = request.region
    ? await regionCodes({ store, region: request.region, level: request.level, options })
    : undefined;
  if (mechanisms.length === 0 || localities?.length === 0) {
    return { level: request.level, region: request.region, localities: [], mechanisms: [], cells: [], trimmed: false };
  }
  const matrix = await store.adoption(
    {
      level: request.level,
      mechanisms,
      localities,
      limitMechanisms: mechanisms.length,
      limitLocalities: request.limitLocalities,
    },
    options,
  );
  const first = new Map<string, string | null>();
  for (const column of matrix.mechanisms) {
    const diffusion = await store.diffusion(
      { mechanism: column.name, level: request.level, limit: READ_CAPS.adoptionLocalities },
      options,
    );
    for (const event of diffusion?.events ?? [])
      first.set(`${column.name}\u0000${String(event.locality.properties['code'] ?? '')}`, event.firstReported);
  }
  return {
    ...matrix,
    region: request.region,
    cells: matrix.cells.map((cell) => ({
      ...cell,
      firstReported: first.get(`${cell.mechanism}\u0000${cell.localityCode}`) ?? null,
    })),
  };
}
