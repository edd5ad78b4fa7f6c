/**
 * Writes an overlay file after checking it as every reader will (format, categories, forms two entries would share):
 * into a temporary file beside it, then renamed over it, so a reader never meets half a file and a refused overlay
 * leaves the old one in place.
 */
import { renameSync, rmSync, writeFileSync } from 'fs';
import type { MechanismLexicon } from './mechanism-lexicon';
import { parseMechanismOverlay, type MechanismOverlay } from './mechanism-overlay';
import { withMechanismOverlay } from './with-mechanism-overlay';

/** Throws MechanismLexiconError (`code: "InvalidInput"`) naming the file when `data` is not a valid overlay for `lexicon`. */
export function writeMechanismOverlay(input: {
  file: string;
  data: Record<string, unknown>;
  lexicon: MechanismLexicon;
}): MechanismOverlay {
  const { file, data, lexicon } = input;
  const overlay = parseMechanismOverlay(data, file);
  withMechanismOverlay(lexicon, overlay);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, 'utf8');
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return overlay;
}
