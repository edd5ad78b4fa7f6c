/**
 * Mechanism names recognised by their shape rather than a suffix word: cadence formulas, step sequences and closed
 * lists, dash/arrow chains, plus-sign compounds, counted bundles and formulas, levels and scopes. Each detector walks
 * the text once; candidates may overlap, the caller keeps the longest.
 */
import type { Span } from '../../types';
import type { DiscoveryRules } from './discovery-rules';
import { findCadenceNames } from './find-cadence-names';
import { findChainNames } from './find-chain-names';
import { findCompoundNames } from './find-compound-names';
import { findCountNames } from './find-count-names';
import { findLevelNames } from './find-level-names';
import { findListNames } from './find-list-names';
import type { MechanismCandidate } from './mechanism-lexicon';
import { shapeContext } from './shape-context';

/** `title`: where the practice's title is in `text` (a compound it quotes is presented as a name). */
export function findShapedNames(input: {
  text: string;
  rules: DiscoveryRules;
  title?: Span | null;
}): MechanismCandidate[] {
  const ctx = shapeContext({ text: input.text, rules: input.rules, title: input.title ?? null });
  return [
    ...findCadenceNames(ctx),
    ...findListNames(ctx),
    ...findChainNames(ctx),
    ...findCompoundNames(ctx),
    ...findCountNames(ctx),
    ...findLevelNames(ctx),
  ];
}
