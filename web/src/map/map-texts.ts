/** What the map says in words: the status line, a region's tooltip, the legend's steps and the list of places. */
import type { RollupLevel, Spread, SpreadPlace } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { MapColour } from '../state/view-state';
import { EARLIER, type Painting } from './region-colours';

/** "红色物业: 13 province-level places · 8 undated (hatched)". */
export function mapStatus(
  t: Translate,
  { spread, painting, level, mech }: { spread: Spread; painting: Painting; level: RollupLevel; mech: string },
): string[] {
  const name = spread.familyName
    ? t('map.familyOf', { name: spread.familyName, count: spread.mechanisms.length })
    : (spread.mechanisms[0] ?? mech);
  return [
    t('map.status', { name, places: painting.shown, level: t(`level.${level}`) }),
    painting.undated ? ` · ${t('map.undated', { count: painting.undated })}` : '',
    painting.unmatched.length ? ` · ${t('map.unmatched', { count: painting.unmatched.length })}` : '',
    spread.trimmed ? ` · ${t('map.trimmed')}` : '',
  ];
}

/** A region's tooltip: its name, then each place drawn on it with its practices and first report. */
export function regionTitle(
  t: Translate,
  { code, name, painting }: { code: string; name: string; painting: Painting },
): string {
  const paint = painting.regions.get(code);
  if (!paint) return name;
  return [
    name,
    ...paint.places.map(
      (p) => `${p.name}: ${t('count.practices', { count: p.practices })}, ${p.firstReported ?? t('mechanism.undated')}`,
    ),
  ].join('\n');
}

export function legendItems(
  t: Translate,
  { painting, colour, periodFrom }: { painting: Painting; colour: MapColour; periodFrom: string },
): (HTMLElement | string)[] {
  const swatch = (fill: string, text: string, extra = '') =>
    h('span', { class: 'legend-step' }, h('i', { style: `background:${fill}${extra}` }), text);
  return [
    h('span', { class: 'muted' }, t(colour === 'year' ? 'legend.byYear' : 'legend.byCount')),
    ...painting.scale.map((s) => swatch(s.colour, String(s.value))),
    periodFrom ? swatch(EARLIER, t('map.earlier')) : '',
    painting.undated
      ? swatch(
          '#eef0f3',
          t('legend.undated'),
          ';background-image:repeating-linear-gradient(45deg,#7b8794 0 2px,transparent 2px 6px)',
        )
      : '',
  ];
}

/** The adopting places, most practices first (at most 60), each opening its portfolio. */
export function placeList(
  t: Translate,
  { places, onOpen }: { places: readonly SpreadPlace[]; onOpen(code: string): void },
): HTMLElement {
  return h(
    'ol',
    { class: 'place-list' },
    places
      .slice(0, 60)
      .map((p) =>
        h(
          'li',
          {},
          h('button', { type: 'button', class: 'link', 'data-code': p.code, onclick: () => onOpen(p.code) }, p.name),
          h(
            'span',
            { class: 'muted small' },
            `${t('count.practices', { count: p.practices })} · ${p.firstReported ?? t('mechanism.undated')}`,
          ),
        ),
      ),
  );
}
