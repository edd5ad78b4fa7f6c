/**
 * The researchers' own vocabulary: a lexicon overlay (`mechanism-overlay.json` in the data directory) that promotes
 * discovered names to curated mechanisms, rejects names, merges an alias into a canonical name and renames. Read and
 * validated here; mergeMechanismOverlay applies it. Format: MECHANISMS.md, "Lexicon overlay".
 */
import { MechanismLexiconError, readMechanismJson, requiredText, stringList } from './mechanism-lexicon-error';

/** Overlay format versions this code reads. */
export const OVERLAY_VERSION = 1;

/** The overlay's file name in the data directory (beside the store's snapshot). */
export const MECHANISM_OVERLAY_FILE = 'mechanism-overlay.json';

export interface OverlayPromotion {
  name: string;
  category: string;
  aliases: string[];
  description: string | null;
}

export interface MechanismOverlay {
  /** The file it was read from (errors name it). */
  source: string;
  version: number;
  promote: OverlayPromotion[];
  reject: string[];
  merge: { alias: string; into: string }[];
  rename: { from: string; to: string }[];
}

function records(file: string, v: unknown, field: string): Record<string, unknown>[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new MechanismLexiconError({ file, reason: `"${field}" must be a list of objects` });
  }
  return v as Record<string, unknown>[];
}

/** Validates an overlay already parsed from JSON; `source` names it in errors. */
export function parseMechanismOverlay(data: Record<string, unknown>, source: string): MechanismOverlay {
  const version = data['version'];
  if (version !== OVERLAY_VERSION) {
    throw new MechanismLexiconError({
      file: source,
      reason: `"version" must be ${OVERLAY_VERSION} (found ${JSON.stringify(version ?? null)})`,
    });
  }
  const field = (list: string, i: number, key: string) => ({ file: source, entry: `${list}[${i}]`, field: key });
  return {
    source,
    version,
    promote: records(source, data['promote'], 'promote').map((r, i) => ({
      name: requiredText(r['name'], field('promote', i, 'name')),
      category: requiredText(r['category'], field('promote', i, 'category')),
      aliases: stringList(r['aliases'], { ...field('promote', i, 'aliases'), required: false }),
      description:
        r['description'] === undefined ? null : requiredText(r['description'], field('promote', i, 'description')),
    })),
    reject: stringList(data['reject'], { file: source, entry: null, field: 'reject', required: false }),
    merge: records(source, data['merge'], 'merge').map((r, i) => ({
      alias: requiredText(r['alias'], field('merge', i, 'alias')),
      into: requiredText(r['into'], field('merge', i, 'into')),
    })),
    rename: records(source, data['rename'], 'rename').map((r, i) => ({
      from: requiredText(r['from'], field('rename', i, 'from')),
      to: requiredText(r['to'], field('rename', i, 'to')),
    })),
  };
}

/**
 * Reads and validates an overlay file. Throws MechanismLexiconError (`code: "InvalidInput"`) naming the file and the
 * field (`promote[2].category`) when it is unreadable, not JSON, of another version, or malformed.
 */
export function loadMechanismOverlay(file: string): MechanismOverlay {
  return parseMechanismOverlay(readMechanismJson(file), file);
}
