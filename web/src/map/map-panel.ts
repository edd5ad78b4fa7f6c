/**
 * The Map tab: where a mechanism (or its whole family) is reported, on a China map at province, city or county level,
 * coloured by the year of first report or by practices; the time axis plays the spread year by year. Beside it the
 * legend, the diffusion chart per level and the list of adopting places. A region opens its portfolio.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { MECHANISMS_QUERY, PORTFOLIO_QUERY, SPREAD_LEVELS_QUERY, SPREAD_QUERY } from '../api/queries';
import { ROLLUP_LEVELS, type MechanismsQuery, type PortfolioQuery, type RollupLevel, type Spread, type SpreadLevelsQuery, type SpreadQuery } from '../api/types';
import { diffusionChart } from '../charts/diffusion-chart';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { MAP_COLOURS, type MapColour, type ViewState } from '../state/view-state';
import { createTimebar, type TimebarState } from '../time/timebar';
import { yearSpan } from '../time/period';
import { createMapCanvas } from './map-canvas';
import { loadMapData } from './map-data';
import { EARLIER, paintRegions, type Painting } from './region-colours';
import type { MapData } from '../../map-data/build-map-data';

export interface MapPanel {
  element: HTMLElement;
  load(): Promise<void>;
  setMechanism(name: string): void;
  period(state: TimebarState): void;
  destroy(): void;
}

type MapPatch = Partial<Pick<ViewState, 'mech' | 'mfamily' | 'mlevel' | 'mcolour' | 'from' | 'to' | 'undated'>>;

export function createMapPanel({ request, t, state, onChange, onPlace, onPeriod }: {
  request: Request;
  t: Translate;
  state: ViewState;
  onChange(patch: MapPatch): void;
  onPlace(id: string): void;
  onPeriod(state: TimebarState): void;
}): MapPanel {
  let mech = state.mech;
  let family = state.mfamily;
  let level = state.mlevel;
  let colour: MapColour = state.mcolour;
  let period: TimebarState = { from: state.from, to: state.to, undated: state.undated };
  let spread: Spread | null = null;
  let data: MapData | null = null;
  let generation = 0;
  let painted: Painting | null = null;

  const canvas = createMapCanvas({ onRegion: (code) => void openRegion(code), ariaLabel: t('map.title') });
  const names = h('datalist', { id: 'map-mechanisms' });
  const mechInput = h('input', { type: 'search', list: 'map-mechanisms', class: 'map-mechanism', 'aria-label': t('map.mechanism'), placeholder: t('map.pick') });
  mechInput.value = mech;
  mechInput.addEventListener('change', () => setMechanism(mechInput.value.trim()));
  const familyBox = h('input', { type: 'checkbox', checked: family, 'data-control': 'mfamily' });
  familyBox.addEventListener('change', () => {
    family = familyBox.checked;
    onChange({ mfamily: family });
    void load();
  });
  const levelSelect = h('select', { 'aria-label': t('map.level'), 'data-control': 'mlevel' }, ROLLUP_LEVELS.map((l) => h('option', { value: l, selected: l === level }, t(`level.${l}`))));
  levelSelect.addEventListener('change', () => {
    level = levelSelect.value as RollupLevel;
    onChange({ mlevel: level });
    void load();
  });
  const colourSelect = h('select', { 'aria-label': t('map.colour'), 'data-control': 'mcolour' }, MAP_COLOURS.map((c) => h('option', { value: c, selected: c === colour }, t(`map.colour.${c}`))));
  colourSelect.addEventListener('change', () => {
    colour = colourSelect.value as MapColour;
    onChange({ mcolour: colour });
    repaint();
  });
  const timebar = createTimebar({
    t,
    initial: period,
    onChange: (next) => {
      period = next;
      onPeriod(next);
      repaint();
    },
  });
  const status = h('p', { class: 'map-status muted small', role: 'status' });
  const legend = h('div', { class: 'map-legend' });
  const side = h('aside', { class: 'map-side' });
  const mapFrame = h('div', { class: 'map-frame', 'data-testid': 'map' }, canvas.element);
  const button = (label: string, onclick: () => void, aria: string) => h('button', { type: 'button', onclick, 'aria-label': aria, title: aria }, label);
  const element = h(
    'div',
    { class: 'map-view' },
    h(
      'div',
      { class: 'toolbar' },
      h('label', {}, t('map.mechanism'), mechInput, names),
      h('label', {}, familyBox, t('map.family')),
      h('label', {}, t('map.level'), levelSelect),
      h('label', {}, t('map.colour'), colourSelect),
      h('span', { class: 'group' }, button('+', () => canvas.zoom(1.4), t('graph.zoomIn')), button('−', () => canvas.zoom(0.7), t('graph.zoomOut')), button('⟲', () => canvas.reset(), t('map.reset'))),
    ),
    h('div', { class: 'graph-aids' }, legend, timebar.element),
    h('div', { class: 'map-main' }, h('div', { class: 'map-left' }, mapFrame, status), side),
  );

  void request<MechanismsQuery>(MECHANISMS_QUERY, { limit: 200 }).then(
    ({ mechanisms }) => replaceChildren(names, mechanisms.items.map((m) => h('option', { value: m.mechanism.caption }))),
    () => undefined,
  );

  function setMechanism(name: string): void {
    mech = name;
    mechInput.value = name;
    onChange({ mech: name });
    void load();
  }

  async function load(): Promise<void> {
    const current = ++generation;
    if (!mech) {
      replaceChildren(status, t('map.none'));
      replaceChildren(side, h('p', { class: 'muted' }, t('map.hint')));
      return;
    }
    replaceChildren(status, t('common.loading'));
    try {
      const [mapData, answer] = await Promise.all([loadMapData(level), request<SpreadQuery>(SPREAD_QUERY, { mechanism: mech, family, level })]);
      if (current !== generation) return;
      if (!answer.spread) {
        replaceChildren(status, t('map.unknown', { name: mech }));
        return;
      }
      spread = answer.spread;
      if (data !== mapData) {
        const ms = await canvas.draw(mapData);
        if (current !== generation) return;
        data = mapData;
        mapFrame.dataset['renderMs'] = String(ms);
      }
      const { span, undated } = yearSpan(spread.places.map((p) => p.firstReported));
      timebar.setDomain(span, undated);
      repaint();
      canvas.fitPainted();
      void sidePanel(current);
    } catch (error) {
      if (current === generation) replaceChildren(status, t('common.error', { message: errorMessage(error) }));
    }
  }

  function repaint(): void {
    if (!spread || !data) return;
    const painting = (painted = paintRegions({ places: spread.places, regions: new Set(data.regions.map((r) => r.code)), period, colour, hideUndated: period.undated }));
    const names = new Map(data.regions.map((r) => [r.code, r.name]));
    canvas.paint(painting, (code) => regionTitle(code, names.get(code) ?? code, painting));
    mapFrame.dataset['painted'] = [...painting.regions.keys()].filter((code) => painting.regions.get(code)!.state !== 'undated').sort().join(',');
    replaceChildren(legend, legendItems(painting));
    replaceChildren(
      status,
      t('map.status', { name: spread.familyName ? t('map.familyOf', { name: spread.familyName, count: spread.mechanisms.length }) : spread.mechanisms[0] ?? mech, places: painting.shown, level: t(`level.${level}`) }),
      painting.undated ? ` · ${t('map.undated', { count: painting.undated })}` : '',
      painting.unmatched.length ? ` · ${t('map.unmatched', { count: painting.unmatched.length })}` : '',
      spread.trimmed ? ` · ${t('map.trimmed')}` : '',
    );
  }

  function regionTitle(code: string, name: string, painting: Painting): string {
    const paint = painting.regions.get(code);
    if (!paint) return name;
    return [name, ...paint.places.map((p) => `${p.name}: ${t('count.practices', { count: p.practices })}, ${p.firstReported ?? t('mechanism.undated')}`)].join('\n');
  }

  function legendItems(painting: Painting): (HTMLElement | string)[] {
    const swatch = (fill: string, text: string, extra = '') => h('span', { class: 'legend-step' }, h('i', { style: `background:${fill}${extra}` }), text);
    return [
      h('span', { class: 'muted' }, t(colour === 'year' ? 'legend.byYear' : 'legend.byCount')),
      ...painting.scale.map((s) => swatch(s.colour, String(s.value))),
      period.from ? swatch(EARLIER, t('map.earlier')) : '',
      painting.undated ? swatch('#eef0f3', t('legend.undated'), ';background-image:repeating-linear-gradient(45deg,#7b8794 0 2px,transparent 2px 6px)') : '',
    ];
  }

  async function sidePanel(current: number): Promise<void> {
    if (!spread) return;
    const places = [...spread.places].sort((a, b) => b.practices - a.practices || a.code.localeCompare(b.code));
    const list = h(
      'ol',
      { class: 'place-list' },
      places.slice(0, 60).map((p) => h('li', {}, h('button', { type: 'button', class: 'link', 'data-code': p.code, onclick: () => void openRegion(p.code) }, p.name), h('span', { class: 'muted small' }, `${t('count.practices', { count: p.practices })} · ${p.firstReported ?? t('mechanism.undated')}`))),
    );
    replaceChildren(side, h('h3', {}, t('chart.title')), h('p', { class: 'muted small' }, t('common.loading')), h('h3', {}, t('map.places', { count: places.length })), list);
    try {
      const levels = await request<SpreadLevelsQuery>(SPREAD_LEVELS_QUERY, { mechanism: mech, family });
      if (current !== generation) return;
      const chart = diffusionChart(t, { spreads: { province: levels.province?.places, city: levels.city?.places, county: levels.county?.places }, size: { width: 340, height: 200 } });
      replaceChildren(side, h('h3', {}, t('chart.title')), chart, h('h3', {}, t('map.places', { count: places.length })), list);
    } catch (error) {
      replaceChildren(side, h('p', { class: 'error' }, t('common.error', { message: errorMessage(error) })), list);
    }
  }

  /** A region (or a listed place): the portfolio of the place drawn there, else of the region's own code. */
  async function openRegion(code: string): Promise<void> {
    const place = painted?.regions.get(code)?.places[0] ?? spread?.places.find((p) => p.code === code);
    const { localityPortfolio } = await request<PortfolioQuery>(PORTFOLIO_QUERY, { code: place?.code ?? code });
    if (localityPortfolio) onPlace(localityPortfolio.locality.id);
    else replaceChildren(status, t('map.noPractices', { code }));
  }

  return {
    element,
    load,
    setMechanism,
    period(next) {
      period = next;
      timebar.setState(next);
      repaint();
    },
    destroy: () => timebar.stop(),
  };
}
