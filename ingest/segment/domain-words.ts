/**
 * The segmenter's domain dictionary: place names (province to county: names, aliases, short names), curated
 * mechanism names and aliases, and organization words. Town names are left out: loading 40k of them would
 * slow every start for words that rarely matter to segmentation.
 */
import type { Gazetteer } from '../link/localities/gazetteer';
import type { MechanismLexicon } from '../link/mechanisms/mechanism-lexicon';
import type { OrganizationPatterns } from '../link/organizations/organization-patterns';

export function domainWords(input: {
  gazetteer: Gazetteer;
  mechanisms: MechanismLexicon;
  organizations: OrganizationPatterns;
}): string[] {
  const words = new Set<string>(input.gazetteer.surfaces());
  for (const entry of input.mechanisms.entries) {
    words.add(entry.name);
    for (const alias of entry.aliases) words.add(alias);
  }
  for (const core of input.organizations.cores) words.add(core.word);
  return [...words];
}
