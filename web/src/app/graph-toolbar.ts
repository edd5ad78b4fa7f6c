/** The Graph tab's toolbar: layout, roll-up level, colour and size, expand, fit and zoom, the export menu, clear. */
import { ROLLUP_LEVELS, type RollupLevel } from '../api/types';
import { h } from '../dom/element';
import type { ExportFormat } from '../export/export-view';
import { COLOUR_MODES, type ColourMode } from '../graph/colour-scale';
import type { Translate } from '../i18n/translate';
import { LAYOUTS, type LayoutName } from '../state/view-state';

export interface GraphToolbarOptions {
  t: Translate;
  initial: { layout: LayoutName; glevel: RollupLevel; colour: ColourMode; sized: boolean };
  onLayout(name: LayoutName): void;
  onLevel(level: RollupLevel): void;
  onAppearance(look: { colour: ColourMode; sized: boolean }): void;
  onExpandSelected(): void;
  onFit(): void;
  onZoom(factor: number): void;
  onExport(format: ExportFormat): void;
  onClear(): void;
}

export interface GraphToolbar {
  element: HTMLElement;
  /** Where a failed export is said, beside the menu. */
  exportStatus: HTMLElement;
}

export const toolbarButton = (
  label: string,
  { onclick, attributes = {} }: { onclick: () => void; attributes?: Record<string, string> },
): HTMLElement => h('button', { type: 'button', onclick, ...attributes }, label);

export function createGraphToolbar(options: GraphToolbarOptions): GraphToolbar {
  const { t, initial } = options;
  let look = { colour: initial.colour, sized: initial.sized };
  const sizeBox = h('input', { type: 'checkbox', checked: initial.sized, 'data-control': 'sized' });
  sizeBox.addEventListener('change', () => {
    look = { ...look, sized: sizeBox.checked };
    options.onAppearance(look);
  });
  const button = toolbarButton;
  const exportStatus = h('span', { class: 'export-status error', role: 'alert' });
  const element = h(
    'div',
    { class: 'toolbar' },
    choice({
      label: t('graph.layout'),
      name: 'layout',
      values: LAYOUTS,
      current: initial.layout,
      text: (v) => t(`layout.${v}`),
      onChange: options.onLayout,
    }),
    choice({
      label: t('graph.level'),
      name: 'glevel',
      values: ROLLUP_LEVELS,
      current: initial.glevel,
      text: (v) => t(`level.${v}`),
      onChange: options.onLevel,
    }),
    choice({
      label: t('graph.colour'),
      name: 'colour',
      values: COLOUR_MODES,
      current: initial.colour,
      text: (v) => t(`colour.${v}`),
      onChange: (colour) => {
        look = { ...look, colour };
        options.onAppearance(look);
      },
    }),
    h('label', {}, sizeBox, t('graph.sized')),
    button(t('graph.expand'), {
      onclick: options.onExpandSelected,
      attributes: { class: 'primary', 'data-action': 'expand' },
    }),
    h(
      'span',
      { class: 'group' },
      button(t('graph.fit'), { onclick: options.onFit, attributes: { 'data-action': 'fit' } }),
      button('+', {
        onclick: () => options.onZoom(1.25),
        attributes: { title: t('graph.zoomIn'), 'aria-label': t('graph.zoomIn') },
      }),
      button('−', {
        onclick: () => options.onZoom(0.8),
        attributes: { title: t('graph.zoomOut'), 'aria-label': t('graph.zoomOut') },
      }),
    ),
    exportMenu(t, options.onExport),
    exportStatus,
    button(t('graph.clear'), { onclick: options.onClear, attributes: { 'data-action': 'clear' } }),
  );
  return { element, exportStatus };
}

/** A labelled select over a list of values. */
function choice<T extends string>({
  label,
  name,
  values,
  current,
  text,
  onChange,
}: {
  label: string;
  name: string;
  values: readonly T[];
  current: T;
  text: (v: T) => string;
  onChange: (v: T) => void;
}): HTMLElement {
  const element = h(
    'select',
    { 'aria-label': label, 'data-control': name },
    values.map((v) => h('option', { value: v, selected: v === current }, text(v))),
  );
  element.addEventListener('change', () => onChange(element.value as T));
  return h('label', {}, label, element);
}

function exportMenu(t: Translate, onExport: (format: ExportFormat) => void): HTMLElement {
  const menu = h(
    'details',
    { class: 'export-menu' },
    h('summary', {}, t('export.title')),
    h(
      'div',
      { class: 'menu' },
      (['png', 'svg', 'graphml', 'nodes-csv', 'edges-csv'] as const).map((format) =>
        toolbarButton(t(`export.${format}`), {
          onclick: () => {
            menu.open = false;
            onExport(format);
          },
          attributes: { 'data-export': format },
        }),
      ),
    ),
  );
  return menu;
}
