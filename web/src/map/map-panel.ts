/**
 * The Map tab: where a mechanism (or its whole family) is reported, on a China map at province, city or county level,
 * coloured by the year of first report or by practices; the time axis plays the spread year by year. Beside it the
 * legend, the diffusion chart per level and the list of adopting places. A region opens its portfolio.
 */
import { errorMessage } from '../api/error-message';
import type { Request } from '../api/graphql-client';
import { MECHANISMS_QUERY, PORTFOLIO_QUERY, SPREAD_QUERY } from '../api/queries';
import type { MechanismsQuery, PortfolioQuery, RollupLevel, Spread, SpreadQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { MapColour, ViewState } from '../state/view-state';
import { createTimebar, type TimebarState } from '../time/timebar';
import { yearSpan } from '../time/period';
import { createMapCanvas, type MapCanvas } from './map-canvas';
import { loadMapData } from './map-data';
import { createMapToolbar } from './map-toolbar';
import { fillMapSide } from './map-side';
import { legendItems, mapStatus, regionTitle } from './map-texts';
import { paintRegions, type Painting } from './region-colours';
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
  const toolbar = createMapToolbar({
    t,
    initial: { mech, family, level, colour },
    onChange: (patch) => {
      if (patch.mech !== undefined) return setMechanism(patch.mech);
      family = patch.mfamily ?? family;
      level = patch.mlevel ?? level;
      colour = patch.mcolour ?? colour;
      onChange(patch);
      // A new colouring repaints what is loaded; a new family switch or level loads the spread again.
      if (patch.mcolour) repaint();
      else void load();
    },
    zoom: (factor) => canvas.zoom(factor),
    reset: () => canvas.reset(),
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
  const { element, status, legend, side, mapFrame } = mapLayout({ toolbar: toolbar.element, timebar: timebar.element, map: canvas.element });

  void offerMechanismNames(request, toolbar.names);

  function setMechanism(name: string): void {
    mech = name;
    toolbar.showMechanism(name);
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
      void fillMapSide({ side, request, t, spread, query: { mechanism: mech, family }, onOpen: (code) => void openRegion(code), isCurrent: () => current === generation });
    } catch (error) {
      if (current === generation) replaceChildren(status, t('common.error', { message: errorMessage(error) }));
    }
  }

  function repaint(): void {
    if (!spread || !data) return;
    painted = paintRegions({ places: spread.places, regions: new Set(data.regions.map((r) => r.code)), period, colour, hideUndated: period.undated });
    showPainting({ t, canvas, data, painting: painted, parts: { status, legend, mapFrame }, says: { spread, level, mech, colour, periodFrom: period.from } });
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

/** The catalogue's most used mechanisms, offered as the mechanism field's suggestions; none when the request fails. */
async function offerMechanismNames(request: Request, datalist: HTMLElement): Promise<void> {
  try {
    const { mechanisms } = await request<MechanismsQuery>(MECHANISMS_QUERY, { limit: 200 });
    replaceChildren(datalist, mechanisms.items.map((m) => h('option', { value: m.mechanism.caption })));
  } catch {
    // Suggestions only: the field still takes any name.
  }
}

/** The tab's frame: toolbar, legend and time axis above; the map with its status line, and the side column. */
function mapLayout({ toolbar, timebar, map }: { toolbar: HTMLElement; timebar: HTMLElement; map: SVGSVGElement }): Record<'element' | 'status' | 'legend' | 'side' | 'mapFrame', HTMLElement> {
  const status = h('p', { class: 'map-status muted small', role: 'status' });
  const legend = h('div', { class: 'map-legend' });
  const side = h('aside', { class: 'map-side' });
  const mapFrame = h('div', { class: 'map-frame', 'data-testid': 'map' }, map);
  const element = h('div', { class: 'map-view' }, toolbar, h('div', { class: 'graph-aids' }, legend, timebar), h('div', { class: 'map-main' }, h('div', { class: 'map-left' }, mapFrame, status), side));
  return { element, status, legend, side, mapFrame };
}

interface PaintingShown {
  t: Translate;
  canvas: MapCanvas;
  data: MapData;
  painting: Painting;
  parts: { status: HTMLElement; legend: HTMLElement; mapFrame: HTMLElement };
  says: { spread: Spread; level: RollupLevel; mech: string; colour: MapColour; periodFrom: string };
}

/** The painting on the map with its tooltips, the legend and the status line; the painted codes for readers of the page. */
function showPainting({ t, canvas, data, painting, parts, says }: PaintingShown): void {
  const names = new Map(data.regions.map((r) => [r.code, r.name]));
  canvas.paint(painting, (code) => regionTitle(t, { code, name: names.get(code) ?? code, painting }));
  parts.mapFrame.dataset['painted'] = [...painting.regions.keys()].filter((code) => painting.regions.get(code)!.state !== 'undated').sort().join(',');
  replaceChildren(parts.legend, legendItems(t, { painting, colour: says.colour, periodFrom: says.periodFrom }));
  replaceChildren(parts.status, ...mapStatus(t, { spread: says.spread, painting, level: says.level, mech: says.mech }));
}
