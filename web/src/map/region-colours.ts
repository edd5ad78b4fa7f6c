/**
 * How each map region is drawn for a spread: adopting places coloured by their first report's year or by their
 * practices, those first reported before the period lighter, those after it not at all, undated ones hatched.
 * Places whose code the map lacks (and no unit above it either) are returned apart, to be drawn as points. Pure.
 */
import type { SpreadPlace } from '../api/types';
import { inPeriod, type Period } from '../time/period';
import type { MapColour } from '../state/view-state';
import { mapRegionCode } from './map-codes';

/** Light → dark ramps (as on the canvas): later years and larger counts read darker. */
const YEAR_RAMP = ['#d6e6f5', '#9ecae1', '#5a9fd0', '#2b70b0', '#0b3f7a'];
const COUNT_RAMP = ['#fde5b5', '#fdbe6f', '#f58b3c', '#d9531e', '#a12a0e'];
export const EARLIER = '#c9ced6';
export const UNDATED = 'url(#undated)';

export interface RegionPaint {
  fill: string;
  /** The places drawn in this region (several when counties fall back to their city). */
  places: SpreadPlace[];
  state: 'in' | 'earlier' | 'undated';
}

export interface Painting {
  regions: Map<string, RegionPaint>;
  /** Places drawn nowhere: the map has neither their code nor a unit above. */
  unmatched: SpreadPlace[];
  scale: { colour: string; value: number }[];
  /** Places shown (in or before the period), and undated ones. */
  shown: number;
  undated: number;
}

export function paintRegions(input: {
  places: readonly SpreadPlace[];
  regions: ReadonlySet<string>;
  period: Period;
  colour: MapColour;
  hideUndated: boolean;
}): Painting {
  const dated = input.places.filter((p) => p.firstReported !== null);
  const years = dated.map((p) => Number(p.firstReported!.slice(0, 4)));
  const minYear = years.length ? Math.min(...years) : 0;
  const maxYear = years.length ? Math.max(...years) : 0;
  const maxCount = Math.max(1, ...input.places.map((p) => p.practices));
  const colourOf = (place: SpreadPlace) =>
    input.colour === 'year'
      ? ramp(
          YEAR_RAMP,
          maxYear === minYear ? 1 : (Number(place.firstReported!.slice(0, 4)) - minYear) / (maxYear - minYear),
        )
      : ramp(COUNT_RAMP, Math.log1p(place.practices) / Math.log1p(maxCount));
  const regions = new Map<string, RegionPaint>();
  const unmatched: SpreadPlace[] = [];
  let shown = 0;
  let undated = 0;
  for (const place of input.places) {
    const state = placeState(place, input.period);
    if (state === 'after') continue;
    if (state === 'undated') {
      undated++;
      if (input.hideUndated) continue;
    } else shown++;
    const code = mapRegionCode(place.code, input.regions);
    if (code === null) {
      unmatched.push(place);
      continue;
    }
    const seen = regions.get(code);
    const paint: RegionPaint = {
      fill: state === 'in' ? colourOf(place) : state === 'earlier' ? EARLIER : UNDATED,
      places: [...(seen?.places ?? []), place],
      state,
    };
    // A region standing for several places shows the most recent state among them ('in' over 'earlier' over undated).
    if (!seen || rank(paint.state) < rank(seen.state)) regions.set(code, paint);
    else seen.places.push(place);
  }
  const steps = input.colour === 'year' ? YEAR_RAMP : COUNT_RAMP;
  const scale = steps.map((colour, i) => {
    const share = i / (steps.length - 1);
    return {
      colour,
      value:
        input.colour === 'year'
          ? Math.round(minYear + share * (maxYear - minYear))
          : Math.round(Math.expm1(share * Math.log1p(maxCount))),
    };
  });
  return {
    regions,
    unmatched,
    scale: scale.filter((step, i) => i === 0 || step.value !== scale[i - 1]!.value),
    shown,
    undated,
  };
}

function placeState(place: SpreadPlace, period: Period): 'in' | 'earlier' | 'after' | 'undated' {
  if (place.firstReported === null) return 'undated';
  if (period.to && place.firstReported > period.to) return 'after';
  if (period.from && place.firstReported < period.from) return 'earlier';
  return inPeriod(place.firstReported, period) ? 'in' : 'after';
}

function rank(state: RegionPaint['state']): number {
  return state === 'in' ? 0 : state === 'earlier' ? 1 : 2;
}

function ramp(colours: readonly string[], share: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  return colours[Math.min(colours.length - 1, Math.round(clamped * (colours.length - 1)))]!;
}
