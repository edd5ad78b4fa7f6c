/** Turns what follows a gazetteer name (上城风景小区党支部, 黄铺村党委, 经开区) into child localities of it. */
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { LEVELS, type LocalityLevel } from './locality-levels';

export interface AttachedUnit {
  entry: GazetteerEntry;
  /** True when the unit is not in the gazetteer and got a synthetic code. */
  synthetic: boolean;
}

export interface AttachedUnits {
  /** Outermost first: 千秋街道 → [上城风景小区]. */
  units: AttachedUnit[];
  warnings: string[];
}

const childLevel = (level: LocalityLevel): LocalityLevel =>
  LEVELS[Math.min(LEVELS.indexOf(level) + 1, LEVELS.length - 1)] ?? 'village';

/**
 * The synthetic code of a non-gazetteer unit: `${parentCode}-${ownName}` (341181004-上城风景小区), or
 * `${parentCode}-${word}` for a bare unit word (340800-经开区 for 安庆经开区). Stable across bulletins because it depends
 * only on the parent's code and the name as written.
 */
export function syntheticLocalityCode(parentCode: string, ownNameOrWord: string): string {
  return `${parentCode}-${ownNameOrWord}`;
}

/** A village of the parent (a county or a town) with exactly this name, or null with a warning when several match. */
function findVillage(
  gazetteer: Gazetteer,
  parent: GazetteerEntry,
  name: string,
  warnings: string[],
): GazetteerEntry | null {
  if (parent.level !== 'county' && parent.level !== 'town') return null;
  const villages = gazetteer
    .villagesIn(parent.code.slice(0, 6))
    .filter((v) => v.name === name && (parent.level === 'county' || v.parentCode === parent.code));
  if (villages.length > 1) {
    warnings.push(`several villages named ${name} in ${parent.name}: ${villages.map((v) => v.code).join(', ')}`);
  }
  return villages.length === 1 ? (villages[0] ?? null) : null;
}

/**
 * Reads unit words (data: locality-suffixes.json `units`) in `residue`, each a child of the previous one, starting under
 * `parent`. A unit needs a plausible proper name before its word (≥ minName characters, no org or title words like 委/党/部/推进/信用), so
 * 委组织部 or 农村 never become places. Villages are looked up in the gazetteer first; others get a synthetic code.
 */
export function attachLocalityUnits(input: {
  residue: string;
  parent: GazetteerEntry;
  gazetteer: Gazetteer;
}): AttachedUnits {
  const { residue, parent, gazetteer } = input;
  const units: AttachedUnit[] = [];
  const warnings: string[] = [];
  let current = parent;
  let nameStart = 0;
  const { units: unitWords, knowledge } = gazetteer.words;
  const stop = knowledge.unitNameStopWords;
  for (let i = 0; i < residue.length; i += 1) {
    const ownName = residue.slice(nameStart, i);
    if (ownName.length > knowledge.unitNameMaxLength || stop.some((s) => ownName.includes(s))) break;
    const unit = unitWords.find((u) => residue.startsWith(u.word, i) && ownName.length >= u.minName);
    if (!unit) continue;
    const name = ownName ? ownName + unit.word : current.shortName + unit.word;
    const level = unit.level === 'child' ? childLevel(current.level) : unit.level;
    const ambiguityBefore = warnings.length;
    const village = level === 'village' ? findVillage(gazetteer, current, name, warnings) : null;
    if (warnings.length > ambiguityBefore) break; // an ambiguous real village: better stop at the parent than guess
    const entry: GazetteerEntry = village ?? {
      code: syntheticLocalityCode(current.code, ownName ? name : unit.word),
      name,
      shortName: ownName || name,
      level,
      parentCode: current.code,
    };
    units.push({ entry, synthetic: !village });
    current = entry;
    nameStart = i + unit.word.length;
    i = nameStart - 1;
  }
  return { units, warnings };
}
