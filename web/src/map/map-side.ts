/** Beside the map: the diffusion chart per level (cumulative adopters) and the adopting places, most practices first. */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { SPREAD_LEVELS_QUERY } from '../api/queries';
import type { Spread, SpreadLevelsQuery } from '../api/types';
import { diffusionChart } from '../charts/diffusion-chart';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { placeList } from './map-texts';

export interface MapSideOptions {
  side: HTMLElement;
  request: Request;
  t: Translate;
  spread: Spread;
  query: { mechanism: string; family: boolean };
  onOpen(code: string): void;
  /** False once a newer load overtook this one. */
  isCurrent(): boolean;
}

/** The list at once, the chart once the spread at every level arrives. */
export async function fillMapSide({
  side,
  request,
  t,
  spread,
  query,
  onOpen,
  isCurrent,
}: MapSideOptions): Promise<void> {
  const places = [...spread.places].sort((a, b) => b.practices - a.practices || a.code.localeCompare(b.code));
  const list = placeList(t, { places, onOpen });
  const heading = h('h3', {}, t('map.places', { count: places.length }));
  replaceChildren(
    side,
    h('h3', {}, t('chart.title')),
    h('p', { class: 'muted small' }, t('common.loading')),
    heading,
    list,
  );
  try {
    const levels = await request<SpreadLevelsQuery>(SPREAD_LEVELS_QUERY, query);
    if (!isCurrent()) return;
    const chart = diffusionChart(t, {
      spreads: { province: levels.province?.places, city: levels.city?.places, county: levels.county?.places },
      size: { width: 340, height: 200 },
    });
    replaceChildren(side, h('h3', {}, t('chart.title')), chart, heading, list);
  } catch (error) {
    replaceChildren(side, h('p', { class: 'error' }, t('common.error', { message: errorMessage(error) })), list);
  }
}
