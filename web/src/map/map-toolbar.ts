/** The Map tab's controls: the mechanism (with the catalogue's names offered), whole family, level, colouring, zoom. */
import { ROLLUP_LEVELS, type RollupLevel } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { MAP_COLOURS, type MapColour, type ViewState } from '../state/view-state';

/** One control changed: the mechanism, the whole-family switch, the level or the colouring. */
export type MapSettingsPatch = Partial<Pick<ViewState, 'mech' | 'mfamily' | 'mlevel' | 'mcolour'>>;

export interface MapToolbarOptions {
  t: Translate;
  initial: { mech: string; family: boolean; level: RollupLevel; colour: MapColour };
  onChange(patch: MapSettingsPatch): void;
  zoom(factor: number): void;
  reset(): void;
}

export interface MapToolbar {
  element: HTMLElement;
  /** The datalist the mechanism field offers (filled once the catalogue arrives). */
  names: HTMLElement;
  showMechanism(name: string): void;
}

export function createMapToolbar({ t, initial, onChange, zoom, reset }: MapToolbarOptions): MapToolbar {
  const names = h('datalist', { id: 'map-mechanisms' });
  const mechInput = h('input', {
    type: 'search',
    list: 'map-mechanisms',
    class: 'map-mechanism',
    'aria-label': t('map.mechanism'),
    placeholder: t('map.pick'),
  });
  mechInput.value = initial.mech;
  mechInput.addEventListener('change', () => onChange({ mech: mechInput.value.trim() }));
  const familyBox = h('input', { type: 'checkbox', checked: initial.family, 'data-control': 'mfamily' });
  familyBox.addEventListener('change', () => onChange({ mfamily: familyBox.checked }));
  const levelSelect = h(
    'select',
    { 'aria-label': t('map.level'), 'data-control': 'mlevel' },
    ROLLUP_LEVELS.map((l) => h('option', { value: l, selected: l === initial.level }, t(`level.${l}`))),
  );
  levelSelect.addEventListener('change', () => onChange({ mlevel: levelSelect.value as RollupLevel }));
  const colourSelect = h(
    'select',
    { 'aria-label': t('map.colour'), 'data-control': 'mcolour' },
    MAP_COLOURS.map((c) => h('option', { value: c, selected: c === initial.colour }, t(`map.colour.${c}`))),
  );
  colourSelect.addEventListener('change', () => onChange({ mcolour: colourSelect.value as MapColour }));
  const button = (label: string, onclick: () => void, aria: string) =>
    h('button', { type: 'button', onclick, 'aria-label': aria, title: aria }, label);
  const element = h(
    'div',
    { class: 'toolbar' },
    h('label', {}, t('map.mechanism'), mechInput, names),
    h('label', {}, familyBox, t('map.family')),
    h('label', {}, t('map.level'), levelSelect),
    h('label', {}, t('map.colour'), colourSelect),
    h(
      'span',
      { class: 'group' },
      button('+', () => zoom(1.4), t('graph.zoomIn')),
      button('−', () => zoom(0.7), t('graph.zoomOut')),
      button('⟲', () => reset(), t('map.reset')),
    ),
  );
  return {
    element,
    names,
    showMechanism(name) {
      mechInput.value = name;
    },
  };
}
