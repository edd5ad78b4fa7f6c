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
import type { TimebarState } from '../time/timebar';
import { yearSpan } from '../time/period';
import type { MapCanvas } from './map-canvas';
import { loadMapData } from './map-data';
import { createMapView, type MapView } from './map-view';
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

export interface MapPanelOptions {
  request: Request;
  t: Translate;
  state: ViewState;
  onChange(patch: MapPatch): void;
  onPlace(id: string): void;
  onPeriod(state: TimebarState): void;
}

/** What the map shows: the mechanism (or its family) at a level, coloured one way, over a period. */
interface MapShown {
  mech: string;
  family: boolean;
  level: RollupLevel;
  colour: MapColour;
  period: TimebarState;
}

export function createMapPanel({ request, t, state, onChange, onPlace, onPeriod }: MapPanelOptions): MapPanel {
  const shown: MapShown = {
    mech: state.mech,
    family: state.mfamily,
    level: state.mlevel,
    colour: state.mcolour,
    period: { from: state.from, to: state.to, undated: state.undated },
  };
  let spread: Spread | null = null;
  let data: MapData | null = null;
  let generation = 0;
  let painted: Painting | null = null;

  const view = createMapView({
    t,
    initial: shown,
    onRegion: (code) => void openRegion(code),
    onSettings: (patch) => {
      if (patch.mech !== undefined) return setMechanism(patch.mech);
      Object.assign(shown, {
        family: patch.mfamily ?? shown.family,
        level: patch.mlevel ?? shown.level,
        colour: patch.mcolour ?? shown.colour,
      });
      onChange(patch);
      // A new colouring repaints what is loaded; a new family switch or level loads the spread again.
      if (patch.mcolour) repaint();
      else void load();
    },
    onPeriod: (next) => {
      shown.period = next;
      onPeriod(next);
      repaint();
    },
  });
  const { toolbar, timebar, status } = view;

  void offerMechanismNames(request, toolbar.names);

  function setMechanism(name: string): void {
    shown.mech = name;
    toolbar.showMechanism(name);
    onChange({ mech: name });
    void load();
  }

  function load(): Promise<void> {
    const current = ++generation;
    return loadSpread({
      request,
      t,
      view,
      shown,
      drawn: data,
      isCurrent: () => current === generation,
      onLoaded: (loaded) => {
        [spread, data] = [loaded.spread, loaded.data];
      },
      repaint,
      onOpen: (code) => void openRegion(code),
    });
  }

  function repaint(): void {
    if (spread && data) painted = paintSpread({ t, view, spread, data, shown });
  }

  /** A region (or a listed place): the portfolio of the place drawn there, else of the region's own code. */
  async function openRegion(code: string): Promise<void> {
    const place = painted?.regions.get(code)?.places[0] ?? spread?.places.find((p) => p.code === code);
    const { localityPortfolio } = await request<PortfolioQuery>(PORTFOLIO_QUERY, { code: place?.code ?? code });
    if (localityPortfolio) onPlace(localityPortfolio.locality.id);
    else replaceChildren(status, t('map.noPractices', { code }));
  }

  return {
    element: view.element,
    load,
    setMechanism,
    period(next) {
      shown.period = next;
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
    replaceChildren(
      datalist,
      mechanisms.items.map((m) => h('option', { value: m.mechanism.caption })),
    );
  } catch {
    // Suggestions only: the field still takes any name.
  }
}

interface SpreadLoad {
  request: Request;
  t: Translate;
  view: MapView;
  shown: MapShown;
  /** The map data drawn now (null before the first draw). */
  drawn: MapData | null;
  isCurrent(): boolean;
  /** The spread and its map arrived (before the time axis and the painting follow them). */
  onLoaded(loaded: { spread: Spread; data: MapData | null }): void;
  repaint(): void;
  onOpen(code: string): void;
}

/** Loads the shown mechanism's spread and map, then sets the time axis, paints, fits and fills the side column. */
async function loadSpread({
  request,
  t,
  view,
  shown,
  drawn,
  isCurrent,
  onLoaded,
  repaint,
  onOpen,
}: SpreadLoad): Promise<void> {
  const { mech, family, level } = shown;
  const { canvas, timebar, status, side, mapFrame } = view;
  if (!mech) {
    replaceChildren(status, t('map.none'));
    replaceChildren(side, h('p', { class: 'muted' }, t('map.hint')));
    return;
  }
  replaceChildren(status, t('common.loading'));
  try {
    const answer = await fetchAndDraw({ request, canvas, drawn, query: { mechanism: mech, family, level }, isCurrent });
    if (!answer) return;
    const fetched = answer.spread;
    if (!fetched) return void replaceChildren(status, t('map.unknown', { name: mech }));
    onLoaded({ spread: fetched, data: answer.data });
    if (answer.renderMs !== null) mapFrame.dataset['renderMs'] = String(answer.renderMs);
    const { span, undated } = yearSpan(fetched.places.map((p) => p.firstReported));
    timebar.setDomain(span, undated);
    repaint();
    canvas.fitPainted();
    void fillMapSide({ side, request, t, spread: fetched, query: { mechanism: mech, family }, onOpen, isCurrent });
  } catch (error) {
    if (isCurrent()) replaceChildren(status, t('common.error', { message: errorMessage(error) }));
  }
}

/** The spread painted over the period and shown with its legend and status; returns the painting. */
function paintSpread({
  t,
  view,
  spread,
  data,
  shown,
}: {
  t: Translate;
  view: MapView;
  spread: Spread;
  data: MapData;
  shown: MapShown;
}): Painting {
  const { mech, level, colour, period } = shown;
  const painting = paintRegions({
    places: spread.places,
    regions: new Set(data.regions.map((r) => r.code)),
    period,
    colour,
    hideUndated: period.undated,
  });
  showPainting({
    t,
    canvas: view.canvas,
    data,
    painting,
    parts: { status: view.status, legend: view.legend, mapFrame: view.mapFrame },
    says: { spread, level, mech, colour, periodFrom: period.from },
  });
  return painting;
}

interface SpreadFetch {
  request: Request;
  canvas: MapCanvas;
  /** The map data drawn now (null before the first draw). */
  drawn: MapData | null;
  query: { mechanism: string; family: boolean; level: RollupLevel };
  isCurrent(): boolean;
}

/** The spread at the level and the level's map, drawn when it is not the one shown; null when a newer load overtook it. */
async function fetchAndDraw({
  request,
  canvas,
  drawn,
  query,
  isCurrent,
}: SpreadFetch): Promise<{ spread: Spread | null; data: MapData | null; renderMs: number | null } | null> {
  const [mapData, answer] = await Promise.all([loadMapData(query.level), request<SpreadQuery>(SPREAD_QUERY, query)]);
  if (!isCurrent()) return null;
  if (!answer.spread || drawn === mapData) return { spread: answer.spread, data: drawn, renderMs: null };
  const renderMs = await canvas.draw(mapData);
  return isCurrent() ? { spread: answer.spread, data: mapData, renderMs } : null;
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
  parts.mapFrame.dataset['painted'] = [...painting.regions.keys()]
    .filter((code) => painting.regions.get(code)!.state !== 'undated')
    .sort()
    .join(',');
  replaceChildren(parts.legend, legendItems(t, { painting, colour: says.colour, periodFrom: says.periodFrom }));
  replaceChildren(parts.status, ...mapStatus(t, { spread: says.spread, painting, level: says.level, mech: says.mech }));
}
