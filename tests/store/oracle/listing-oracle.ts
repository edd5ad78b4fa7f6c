/** Listings and the adoption matrix as graph/store/CONTRACT.md defines them, reprints left out. */
import type { LocalityLevel, RollupLevel } from '../../../graph/schema';
import { chainOf, compare, page, prop, type GraphIndex } from './graph-index';

/** Practices located at or below each locality (its own localities and every ancestor of them). */
function practicesBelow(index: GraphIndex): Map<string, Set<string>> {
  const below = new Map<string, Set<string>>();
  for (const p of index.practices) {
    for (const l of index.located.get(p) ?? []) {
      for (const a of chainOf(index, l)) below.set(a, (below.get(a) ?? new Set()).add(p));
    }
  }
  return below;
}

export function expectedLocalities(
  index: GraphIndex,
  request: { level?: LocalityLevel; offset: number; limit: number },
) {
  const rows = [...practicesBelow(index)]
    .filter(([code]) => request.level === undefined || prop({ index, id: code, key: 'level' }) === request.level)
    .map(([id, practices]) => ({
      id,
      practices: practices.size,
      mechanisms: new Set([...practices].flatMap((p) => index.uses.get(p) ?? [])).size,
    }))
    .sort(
      (a, b) =>
        b.practices - a.practices ||
        compare(prop({ index, id: a.id, key: 'code' }), prop({ index, id: b.id, key: 'code' })),
    );
  return { total: rows.length, items: page({ items: rows, offset: request.offset, limit: request.limit }) };
}

export function expectedMechanisms(index: GraphIndex, request: { offset: number; limit: number }) {
  const users = new Map<string, Set<string>>();
  for (const p of index.practices)
    for (const m of index.uses.get(p) ?? []) users.set(m, (users.get(m) ?? new Set()).add(p));
  const rows = [...users]
    .map(([id, practices]) => ({
      id,
      practices: practices.size,
      localities: new Set([...practices].flatMap((p) => index.located.get(p) ?? [])).size,
    }))
    .sort(
      (a, b) =>
        b.practices - a.practices ||
        compare(prop({ index, id: a.id, key: 'name' }), prop({ index, id: b.id, key: 'name' })),
    );
  return { total: rows.length, items: page({ items: rows, offset: request.offset, limit: request.limit }) };
}

export function expectedAdoption(
  index: GraphIndex,
  request: { level: RollupLevel; limitMechanisms: number; limitLocalities: number; mechanisms?: string[] },
) {
  const users = new Map<string, string[]>();
  for (const p of index.practices)
    for (const m of index.uses.get(p) ?? [])
      users.set(prop({ index, id: m, key: 'name' }), [...(users.get(prop({ index, id: m, key: 'name' })) ?? []), p]);
  const ranked = [...users]
    .filter(([name]) => !request.mechanisms || request.mechanisms.includes(name))
    .sort(([a, pa], [b, pb]) => pb.length - pa.length || compare(a, b));
  const kept = ranked.slice(0, request.limitMechanisms);
  const rollup = (p: string) => [
    ...new Set(
      (index.located.get(p) ?? [])
        .flatMap((l) => chainOf(index, l))
        .filter((a) => prop({ index, id: a, key: 'level' }) === request.level)
        .map((a) => prop({ index, id: a, key: 'code' })),
    ),
  ];
  const cells = new Map<string, Map<string, Set<string>>>();
  const columns = new Map<string, Set<string>>();
  for (const [name, practices] of kept) {
    for (const p of practices) {
      for (const code of rollup(p)) {
        const row = cells.get(code) ?? new Map<string, Set<string>>();
        cells.set(code, row.set(name, (row.get(name) ?? new Set()).add(p)));
        columns.set(name, (columns.get(name) ?? new Set()).add(p));
      }
    }
  }
  const rows = [...cells]
    .map(([code, row]) => ({ code, practices: new Set([...row.values()].flatMap((s) => [...s])).size, row }))
    .sort((a, b) => b.practices - a.practices || compare(a.code, b.code));
  const keptRows = rows.slice(0, request.limitLocalities);
  const columnOrder = kept
    .map(([name]) => ({ name, practices: columns.get(name)?.size ?? 0 }))
    .sort((a, b) => b.practices - a.practices || compare(a.name, b.name));
  return {
    localities: keptRows.map(({ code, practices }) => ({ code, practices })),
    mechanisms: columnOrder,
    cells: keptRows.flatMap(({ code, row }) =>
      columnOrder.flatMap(({ name }) => {
        const ids = row.get(name);
        return ids
          ? [
              {
                localityCode: code,
                mechanism: name,
                practices: ids.size,
                practiceIds: [...ids].sort(compare).slice(0, 200),
              },
            ]
          : [];
      }),
    ),
    trimmed: ranked.length > kept.length || rows.length > keptRows.length,
  };
}
