/** Diffusion, portfolios, similar localities and mechanism families with their graph nodes presented. */
import type {
  Diffusion,
  LocalityPortfolio,
  MechanismFamily,
  MechanismUsage,
  PortfolioComparison,
  SimilarLocality,
} from '../../graph/store/graph-store';
import { presentNode } from './graph-elements';

export function presentDiffusion(diffusion: Diffusion) {
  return {
    mechanism: presentNode(diffusion.mechanism),
    level: diffusion.level,
    events: diffusion.events.map((event) => ({ ...event, locality: presentNode(event.locality) })),
    trimmed: diffusion.trimmed,
  };
}

export function presentPortfolio(portfolio: LocalityPortfolio) {
  return {
    locality: presentNode(portfolio.locality),
    mechanisms: portfolio.mechanisms.map((entry) => ({ ...entry, mechanism: presentNode(entry.mechanism) })),
  };
}

export function presentComparison(comparison: PortfolioComparison) {
  return { ...comparison, a: presentNode(comparison.a), b: presentNode(comparison.b) };
}

export function presentSimilarLocality(similar: SimilarLocality) {
  return { ...similar, locality: presentNode(similar.locality) };
}

export function presentFamily(family: MechanismFamily) {
  return {
    ...family,
    members: family.members.map((member) => ({ ...member, mechanism: presentNode(member.mechanism) })),
  };
}

/** The rules of the curated lexicon (its names, its variant patterns, the researchers' overlay); every other rule discovers. */
const CURATED_VIAS: ReadonlySet<string> = new Set(['lexicon', 'overlay', 'pattern']);

export function presentUsage(usage: MechanismUsage) {
  return { ...usage, via: usage.via.map((v) => ({ ...v, curated: CURATED_VIAS.has(v.via) })) };
}
