/**
 * The map drawing: every region of a level as an SVG path (added in slices between frames, so a county map never
 * blocks the page), boundary lines, a hatch for undated adopters, points for places the map has no region for, and
 * zoom and pan (wheel, drag, buttons) by moving the view box. Regions are buttons: click or Enter opens a place.
 */
import type { MapData } from '../../map-data/build-map-data';
import type { Painting } from './region-colours';

const SVG = 'http://www.w3.org/2000/svg';
/** Paths added per frame. */
const SLICE = 400;
const BASE_FILL = '#e4e8ec';
/** Narrowest view box a fit to the adopters zooms to (map units): a few provinces across. */
const MIN_FIT = 220;

export interface MapCanvas {
  element: SVGSVGElement;
  /** Draws the regions of a level; resolves once painted, with the time it took. */
  draw(data: MapData): Promise<number>;
  paint(painting: Painting, label: (code: string) => string): void;
  zoom(factor: number): void;
  reset(): void;
  /** Zooms to the painted regions (with a margin), or to the whole map when they spread over most of it. */
  fitPainted(): void;
}

export function createMapCanvas({
  onRegion,
  ariaLabel,
}: {
  onRegion(code: string): void;
  ariaLabel: string;
}): MapCanvas {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'china-map');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', ariaLabel);
  const defs = element('defs', {});
  defs.innerHTML = `<pattern id="undated" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eef0f3"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7b8794" stroke-width="2"/></pattern>`;
  const regionsLayer = element('g', { class: 'regions' });
  const linesLayer = element('g', { class: 'lines' });
  const pointsLayer = element('g', { class: 'points' });
  svg.append(defs, regionsLayer, linesLayer, pointsLayer);
  let paths = new Map<string, SVGPathElement>();
  let data: MapData | null = null;
  let box: ViewBox = { x: 0, y: 0, width: 1000, height: 1000 };
  let generation = 0;

  const setBox = (next: ViewBox) => {
    box = next;
    svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  };

  listen(svg, { onRegion, zoomAt, box: () => box, setBox });

  function zoomAt(factor: number, fx = 0.5, fy = 0.5): void {
    const width = box.width / factor;
    const height = box.height / factor;
    setBox({ x: box.x + (box.width - width) * fx, y: box.y + (box.height - height) * fy, width, height });
  }

  return {
    element: svg,
    async draw(next) {
      const started = performance.now();
      const current = ++generation;
      data = next;
      regionsLayer.replaceChildren();
      linesLayer.replaceChildren();
      pointsLayer.replaceChildren();
      paths = new Map();
      setBox({ x: 0, y: 0, width: next.width, height: next.height });
      for (let from = 0; from < next.regions.length; from += SLICE) {
        if (current !== generation) return 0;
        const fragment = document.createDocumentFragment();
        for (const region of next.regions.slice(from, from + SLICE)) {
          const path = regionPath(region);
          paths.set(region.code, path);
          fragment.append(path);
        }
        regionsLayer.append(fragment);
        await frame();
      }
      for (const line of next.lines) linesLayer.append(element('path', { d: line }));
      await frame();
      return Math.round(performance.now() - started);
    },
    paint(painting, label) {
      paintPaths(paths, { painting, label });
      drawUnmatched(pointsLayer, { painting, regions: data?.regions ?? [] });
    },
    zoom: (factor) => zoomAt(factor),
    fitPainted() {
      if (!data) return;
      const boxes = [
        ...regionsLayer.querySelectorAll<SVGPathElement>('path.adopter'),
        ...pointsLayer.querySelectorAll<SVGCircleElement>('circle'),
      ].map((el) => el.getBBox());
      if (boxes.length === 0) return this.reset();
      setBox(fitBox(boxes, data));
    },
    reset() {
      if (data) setBox({ x: 0, y: 0, width: data.width, height: data.height });
    },
  };
}

type ViewBox = { x: number; y: number; width: number; height: number };

/** Click or Enter on a region opens it; the wheel zooms about the pointer; a drag pans. */
function listen(
  svg: SVGSVGElement,
  {
    onRegion,
    zoomAt,
    box,
    setBox,
  }: {
    onRegion(code: string): void;
    zoomAt(factor: number, fx: number, fy: number): void;
    box(): ViewBox;
    setBox(next: ViewBox): void;
  },
): void {
  svg.addEventListener('click', (event) => {
    const code = (event.target as Element).closest('[data-code]')?.getAttribute('data-code');
    if (code) onRegion(code);
  });
  svg.addEventListener('keydown', (event) => {
    const code = (event.target as Element).closest?.('[data-code]')?.getAttribute('data-code');
    if (code && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onRegion(code);
    }
  });
  svg.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const rect = svg.getBoundingClientRect();
      zoomAt(
        event.deltaY < 0 ? 1.25 : 0.8,
        (event.clientX - rect.left) / rect.width,
        (event.clientY - rect.top) / rect.height,
      );
    },
    { passive: false },
  );
  let drag: { x: number; y: number; box: ViewBox } | null = null;
  svg.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, box: box() };
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag || event.buttons === 0) return;
    const rect = svg.getBoundingClientRect();
    const now = box();
    const scale = Math.max(now.width / rect.width, now.height / rect.height);
    setBox({
      ...drag.box,
      x: drag.box.x - (event.clientX - drag.x) * scale,
      y: drag.box.y - (event.clientY - drag.y) * scale,
    });
  });
  svg.addEventListener('pointerup', () => (drag = null));
}

/** A region unpainted and out of the tab order until painted, titled with its name. */
function regionPath(region: MapData['regions'][number]): SVGPathElement {
  const path = element('path', {
    d: region.d,
    'data-code': region.code,
    fill: BASE_FILL,
    tabindex: '-1',
  }) as SVGPathElement;
  const title = element('title', {});
  title.textContent = region.name;
  path.append(title);
  return path;
}

/** Each region takes its paint (or the base fill); painted regions become buttons with their places in the tooltip. */
function paintPaths(
  paths: Map<string, SVGPathElement>,
  { painting, label }: { painting: Painting; label: (code: string) => string },
): void {
  for (const [code, path] of paths) {
    const paint = painting.regions.get(code);
    path.setAttribute('fill', paint?.fill ?? BASE_FILL);
    path.classList.toggle('adopter', paint !== undefined);
    path.setAttribute('data-state', paint?.state ?? 'none');
    path.setAttribute('tabindex', paint ? '0' : '-1');
    path.setAttribute('role', paint ? 'button' : 'presentation');
    path.querySelector('title')!.textContent = label(code);
  }
}

/** Places the map has no region for, as points at the centre of the city (else the province) above them. */
function drawUnmatched(
  layer: SVGElement,
  { painting, regions }: { painting: Painting; regions: MapData['regions'] },
): void {
  layer.replaceChildren();
  const points = new Map(regions.map((r) => [r.code, r.c] as const));
  for (const place of painting.unmatched) {
    const at = points.get(`${place.code.slice(0, 4)}00`) ?? points.get(`${place.code.slice(0, 2)}0000`);
    if (!at) continue;
    const dot = element('circle', {
      cx: String(at[0]),
      cy: String(at[1]),
      r: '4',
      'data-code': place.code,
      class: 'unmatched',
      tabindex: '0',
      role: 'button',
    });
    const title = element('title', {});
    title.textContent = place.name;
    dot.append(title);
    layer.append(dot);
  }
}

/** The view box around these boxes with a margin, at the map's aspect, never narrower than MIN_FIT nor wider than the map. */
function fitBox(boxes: DOMRect[], data: MapData): ViewBox {
  const x1 = Math.min(...boxes.map((b) => b.x));
  const y1 = Math.min(...boxes.map((b) => b.y));
  const x2 = Math.max(...boxes.map((b) => b.x + b.width));
  const y2 = Math.max(...boxes.map((b) => b.y + b.height));
  const aspect = data.height / data.width;
  const width = Math.min(data.width, Math.max(MIN_FIT, (x2 - x1) * 1.3, ((y2 - y1) * 1.3) / aspect));
  return { x: (x1 + x2) / 2 - width / 2, y: (y1 + y2) / 2 - (width * aspect) / 2, width, height: width * aspect };
}

function element(tag: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
