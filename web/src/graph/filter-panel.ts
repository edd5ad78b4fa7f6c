/** The filters in the left column: node kinds on the canvas, and the province or city the canvas and the matrix show. */
import type { Request } from '../api/graphql-client';
import { parseProperties, stringProperty } from '../api/node-properties';
import { LOCALITIES_QUERY } from '../api/queries';
import { NODE_LABELS, type LocalitiesQuery, type NodeLabel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { DEFAULT_STATE } from '../state/view-state';
import { labelSwatch } from './legend';
import { regionPrefix, type ViewFilter } from './view-filter';

export interface FilterPanelOptions {
  request: Request;
  t: Translate;
  initial: ViewFilter;
  onChange(filter: ViewFilter): void;
}

interface Place {
  code: string;
  name: string;
}

export interface FilterPanel {
  element: HTMLElement;
  /** Shows these labels as hidden (when the explorer reveals a label itself, e.g. to focus a figure). */
  setHidden(hide: readonly NodeLabel[]): void;
}

export function createFilterPanel({ request, t, initial, onChange }: FilterPanelOptions): FilterPanel {
  let filter: ViewFilter = { ...initial, hide: [...initial.hide] };
  const emit = (patch: Partial<ViewFilter>) => {
    filter = { ...filter, ...patch };
    onChange(filter);
  };

  const labelBoxes = labelToggles(t, { hidden: () => filter.hide, onHide: (hide) => emit({ hide }) });

  const province = h(
    'select',
    { 'aria-label': t('filters.allProvinces') },
    h('option', { value: '' }, t('filters.allProvinces')),
  );
  const city = h(
    'select',
    { 'aria-label': t('filters.allCities') },
    h('option', { value: '' }, t('filters.allCities')),
  );
  let cities: Place[] = [];
  const fillCities = (provinceCode: string, selected: string) => {
    const prefix = provinceCode ? regionPrefix(provinceCode) : '';
    replaceChildren(
      city,
      h('option', { value: '' }, t('filters.allCities')),
      cities
        .filter((c) => c.code.startsWith(prefix))
        .map((c) => h('option', { value: c.code, selected: c.code === selected }, c.name)),
    );
  };
  province.addEventListener('change', () => {
    fillCities(province.value, '');
    emit({ region: province.value });
  });
  city.addEventListener('change', () => emit({ region: city.value || province.value }));
  void loadPlaces(request).then(
    (places) => {
      cities = places.city;
      const selectedProvince = places.province.find((p) => filter.region.startsWith(regionPrefix(p.code)))?.code ?? '';
      replaceChildren(
        province,
        h('option', { value: '' }, t('filters.allProvinces')),
        places.province.map((p) => h('option', { value: p.code, selected: p.code === selectedProvince }, p.name)),
      );
      fillCities(selectedProvince, filter.region);
    },
    () => undefined,
  );

  const setHidden = (hide: readonly NodeLabel[]) => {
    filter = { ...filter, hide: [...hide] };
    for (const label of labelBoxes) {
      const box = label.querySelector('input')!;
      box.checked = !hide.includes(box.dataset['label'] as NodeLabel);
    }
  };
  const reset = h(
    'button',
    {
      type: 'button',
      class: 'small-button',
      onclick: () => {
        setHidden(DEFAULT_STATE.hide);
        province.value = '';
        fillCities('', '');
        emit({ hide: [...DEFAULT_STATE.hide], region: '' });
      },
    },
    t('filters.reset'),
  );

  const element = h(
    'section',
    { class: 'filters' },
    h('h2', {}, t('filters.title'), reset),
    h('fieldset', {}, h('legend', {}, t('filters.labels')), h('div', { class: 'label-toggles' }, labelBoxes)),
    h('fieldset', {}, h('legend', {}, t('filters.region')), province, city),
  );
  return { element, setHidden };
}

/** Each kind toggles its nodes on the canvas; the swatch shows the kind's shape and colour. */
function labelToggles(
  t: Translate,
  { hidden, onHide }: { hidden(): readonly NodeLabel[]; onHide(hide: NodeLabel[]): void },
): HTMLElement[] {
  return NODE_LABELS.map((label) => {
    const box = h('input', { type: 'checkbox', checked: !hidden().includes(label), 'data-label': label });
    box.addEventListener('change', () => {
      onHide(NODE_LABELS.filter((l) => (l === label ? !box.checked : hidden().includes(l))));
    });
    return h('label', { class: 'label-toggle' }, box, labelSwatch(label), t(`label.${label}`));
  });
}

async function loadPlaces(request: Request): Promise<{ province: Place[]; city: Place[] }> {
  const level = async (name: 'province' | 'city') => {
    const { localities } = await request<LocalitiesQuery>(LOCALITIES_QUERY, { level: name, limit: 200 });
    return localities.items
      .map((item) => ({
        code: stringProperty(parseProperties(item.locality.properties), 'code') ?? '',
        name: item.locality.caption,
      }))
      .filter((place) => place.code !== '')
      .sort((a, b) => a.code.localeCompare(b.code));
  };
  const [province, city] = await Promise.all([level('province'), level('city')]);
  return { province, city };
}
