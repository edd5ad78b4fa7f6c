/**
 * The Map tab's page: toolbar, legend and time axis above; the map with its status line, and the side column with
 * the diffusion chart and the adopting places. What it shows is decided by the map panel (map-panel.ts).
 */
import type { RollupLevel } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import type { MapColour } from '../state/view-state';
import { createTimebar, type Timebar, type TimebarState } from '../time/timebar';
import { createMapCanvas, type MapCanvas } from './map-canvas';
import { createMapToolbar, type MapSettingsPatch, type MapToolbar } from './map-toolbar';

export interface MapViewOptions {
  t: Translate;
  initial: { mech: string; family: boolean; level: RollupLevel; colour: MapColour; period: TimebarState };
  onRegion(code: string): void;
  onSettings(patch: MapSettingsPatch): void;
  onPeriod(period: TimebarState): void;
}

export interface MapView {
  element: HTMLElement;
  canvas: MapCanvas;
  toolbar: MapToolbar;
  timebar: Timebar;
  status: HTMLElement;
  legend: HTMLElement;
  side: HTMLElement;
  /** The map's frame, where readers of the page find the painted codes and the render time. */
  mapFrame: HTMLElement;
}

export function createMapView({ t, initial, onRegion, onSettings, onPeriod }: MapViewOptions): MapView {
  const canvas = createMapCanvas({ onRegion, ariaLabel: t('map.title') });
  const toolbar = createMapToolbar({
    t,
    initial,
    onChange: onSettings,
    zoom: (factor) => canvas.zoom(factor),
    reset: () => canvas.reset(),
  });
  const timebar = createTimebar({ t, initial: initial.period, onChange: onPeriod });
  const status = h('p', { class: 'map-status muted small', role: 'status' });
  const legend = h('div', { class: 'map-legend' });
  const side = h('aside', { class: 'map-side' });
  const mapFrame = h('div', { class: 'map-frame', 'data-testid': 'map' }, canvas.element);
  const element = h(
    'div',
    { class: 'map-view' },
    toolbar.element,
    h('div', { class: 'graph-aids' }, legend, timebar.element),
    h('div', { class: 'map-main' }, h('div', { class: 'map-left' }, mapFrame, status), side),
  );
  return { element, canvas, toolbar, timebar, status, legend, side, mapFrame };
}
