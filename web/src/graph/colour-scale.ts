/**
 * Node colours by what the researcher chose: the label (kind of node), the practice count, the year of first report,
 * or the mechanism family. Sequential scales run light → dark so larger and later read darker; undated and
 * uncounted nodes are a neutral grey, and the legend says so.
 */
import type { NodeLabel } from '../api/types';
import { LABEL_STYLES } from './label-styles';

export const COLOUR_MODES = ['label', 'count', 'year', 'family'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/** Light → dark (ColorBrewer YlOrRd-like and Blues-like ramps, readable on white). */
const COUNT_RAMP = ['#fde5b5', '#fdbe6f', '#f58b3c', '#d9531e', '#a12a0e'];
const YEAR_RAMP = ['#d6e6f5', '#9ecae1', '#5a9fd0', '#2b70b0', '#0b3f7a'];
/** Categorical colours for families (Okabe–Ito, distinguishable with colour-vision deficiencies). */
const FAMILY_PALETTE = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7', '#7f7f7f'];
export const NEUTRAL = '#d3d8de';

export interface ColourInput {
  label: NodeLabel;
  count: number | null;
  year: number | null;
  family: number | null;
}

/** The range a scale spans in the current view: counts and years of the nodes shown. */
export interface ScaleDomain {
  maxCount: number;
  minYear: number | null;
  maxYear: number | null;
}

export function nodeColour({
  mode,
  node,
  domain,
}: {
  mode: ColourMode;
  node: ColourInput;
  domain: ScaleDomain;
}): string {
  switch (mode) {
    case 'label':
      return LABEL_STYLES[node.label].color;
    case 'count':
      return node.count === null || domain.maxCount === 0
        ? NEUTRAL
        : ramp(COUNT_RAMP, Math.log1p(node.count) / Math.log1p(domain.maxCount));
    case 'year':
      if (node.year === null || domain.minYear === null || domain.maxYear === null) return NEUTRAL;
      return ramp(
        YEAR_RAMP,
        domain.maxYear === domain.minYear ? 1 : (node.year - domain.minYear) / (domain.maxYear - domain.minYear),
      );
    case 'family':
      return node.family === null ? NEUTRAL : FAMILY_PALETTE[node.family % FAMILY_PALETTE.length]!;
  }
}

/** The legend's steps of a sequential scale: colour and the value at which it starts. */
export function scaleSteps(mode: 'count' | 'year', domain: ScaleDomain): { colour: string; value: number }[] {
  const colours = mode === 'count' ? COUNT_RAMP : YEAR_RAMP;
  return colours.map((colour, i) => {
    const share = i / (colours.length - 1);
    const value =
      mode === 'count'
        ? Math.round(Math.expm1(share * Math.log1p(domain.maxCount)))
        : Math.round((domain.minYear ?? 0) + share * ((domain.maxYear ?? 0) - (domain.minYear ?? 0)));
    return { colour, value };
  });
}

export function familyColour(family: number): string {
  return FAMILY_PALETTE[family % FAMILY_PALETTE.length]!;
}

function ramp(colours: readonly string[], share: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return colours[Math.min(colours.length - 1, Math.round(clamped * (colours.length - 1)))]!;
}
