/** A lexicon rebuilt with the researchers' overlay merged in (see mergeMechanismOverlay); the shipped one is unchanged. */
import { buildMechanismLexicon, type MechanismLexicon } from './mechanism-lexicon';
import type { MechanismOverlay } from './mechanism-overlay';
import { mergeMechanismOverlay } from './merge-mechanism-overlay';

export function withMechanismOverlay(lexicon: MechanismLexicon, overlay: MechanismOverlay): MechanismLexicon {
  const merged = mergeMechanismOverlay({ categories: lexicon.categories, entries: lexicon.entries }, overlay);
  return buildMechanismLexicon({
    // A conflict the merge leaves (two entries sharing a form) is reported against both files.
    source: `${lexicon.source} + ${overlay.source}`,
    data: merged.data,
    discovery: lexicon.discovery,
    overrides: merged.overrides,
  });
}
