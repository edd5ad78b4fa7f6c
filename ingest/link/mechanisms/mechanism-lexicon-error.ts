/** The error of the mechanism knowledge loaders (lexicon, discovery rules, overlay) and the JSON checks they share. */
import { readFileSync } from 'fs';

/** Bad lexicon, discovery or overlay data. `code` is stable; `file` and `entry` say where. */
export class MechanismLexiconError extends Error {
  readonly code = 'InvalidInput';
  readonly file: string;
  /** The entry or field at fault; null when the fault is the whole file. */
  readonly entry: string | null;
  constructor({ file, entry = null, reason }: { file: string; entry?: string | null; reason: string }) {
    super(`loadMechanismLexicon: ${file}${entry === null ? '' : ` (entry "${entry}")`}: ${reason}`);
    this.name = 'MechanismLexiconError';
    this.file = file;
    this.entry = entry;
  }
}

/** Reads a JSON object from `file`, or throws MechanismLexiconError naming it. */
export function readMechanismJson(file: string): Record<string, unknown> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new MechanismLexiconError({ file, reason: `cannot read: ${(e as Error).message}` });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new MechanismLexiconError({ file, reason: `invalid JSON: ${(e as Error).message}` });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new MechanismLexiconError({ file, reason: 'top level must be an object' });
  return data as Record<string, unknown>;
}

/** A list of non-empty strings (absent → [] unless required). */
export function stringList(
  v: unknown,
  at: { file: string; entry: string | null; field: string; required: boolean },
): string[] {
  if (v === undefined && !at.required) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new MechanismLexiconError({
      file: at.file,
      entry: at.entry,
      reason: `"${at.field}" must be a list of non-empty strings`,
    });
  }
  return v as string[];
}

/** A non-empty string, trimmed. */
export function requiredText(v: unknown, at: { file: string; entry: string | null; field: string }): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new MechanismLexiconError({ file: at.file, entry: at.entry, reason: `missing or empty "${at.field}"` });
  return v.trim();
}

/** A positive integer. */
export function positiveInteger(v: unknown, at: { file: string; field: string }): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new MechanismLexiconError({ file: at.file, reason: `"${at.field}" must be a positive integer` });
  return v;
}
