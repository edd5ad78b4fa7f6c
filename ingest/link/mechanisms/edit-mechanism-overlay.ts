/**
 * One curation decision applied to an overlay file's JSON (`kg mechanisms promote|reject|merge|rename`), purely:
 * fields and entries the edit does not concern are kept as written (a researcher's own notes included). A later
 * decision about a name replaces an earlier one that contradicts it: promoting a rejected name un-rejects it,
 * rejecting a promoted one withdraws the promotion, a second merge or rename of the same name replaces the first.
 */
import { OVERLAY_VERSION } from './mechanism-overlay';

export type OverlayEdit =
  | { kind: 'promote'; name: string; category: string; aliases: readonly string[] }
  | { kind: 'reject'; name: string }
  | { kind: 'merge'; alias: string; into: string }
  | { kind: 'rename'; from: string; to: string };

type Json = Record<string, unknown>;

/** `data`: the overlay as read (null when the data directory has none yet). Returns a new object. */
export function editMechanismOverlay(data: Json | null, edit: OverlayEdit): Json {
  const next: Json = data === null ? { version: OVERLAY_VERSION } : { ...data };
  const records = (field: string): Json[] => {
    const list = next[field];
    return Array.isArray(list)
      ? list.filter((r): r is Json => typeof r === 'object' && r !== null && !Array.isArray(r))
      : [];
  };
  const names = (field: string): string[] => {
    const list = next[field];
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string') : [];
  };
  const set = (field: string, list: unknown[]) => {
    if (list.length > 0) next[field] = list;
    else delete next[field];
  };
  switch (edit.kind) {
    case 'promote': {
      const promote = records('promote');
      const known = promote.find((r) => r['name'] === edit.name);
      const aliases = [
        ...new Set([
          ...(Array.isArray(known?.['aliases'])
            ? (known['aliases'] as unknown[]).filter((a): a is string => typeof a === 'string')
            : []),
          ...edit.aliases,
        ]),
      ];
      const entry: Json = {
        ...known,
        name: edit.name,
        category: edit.category,
        ...(aliases.length > 0 ? { aliases } : {}),
      };
      set('promote', known ? promote.map((r) => (r === known ? entry : r)) : [...promote, entry]);
      set(
        'reject',
        names('reject').filter((n) => n !== edit.name && !edit.aliases.includes(n)),
      );
      break;
    }
    case 'reject':
      set('reject', [...names('reject').filter((n) => n !== edit.name), edit.name]);
      set(
        'promote',
        records('promote').filter((r) => r['name'] !== edit.name),
      );
      break;
    case 'merge':
      set('merge', [
        ...records('merge').filter((r) => r['alias'] !== edit.alias),
        { alias: edit.alias, into: edit.into },
      ]);
      set(
        'reject',
        names('reject').filter((n) => n !== edit.alias && n !== edit.into),
      );
      break;
    case 'rename':
      set('rename', [...records('rename').filter((r) => r['from'] !== edit.from), { from: edit.from, to: edit.to }]);
      break;
  }
  return next;
}
