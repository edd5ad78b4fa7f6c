/**
 * The researcher's choice of matrix columns: the most used mechanisms of the lexicon (discovered names such as
 * `1+4` stay out unless asked for), the members of one mechanism family, or any mechanisms picked by name.
 */
import type { Request } from '../api/graphql-client';
import { parseProperties, numberProperty, stringProperty } from '../api/node-properties';
import { MECHANISM_FAMILY_QUERY, MECHANISMS_QUERY } from '../api/queries';
import type { MechanismFamilyQuery, MechanismsQuery } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';

/** Columns by default: this many of the lexicon's mechanisms, most used first. */
export const DEFAULT_COLUMNS = 30;

export interface ColumnChoice {
  cols: string[];
  family: string;
}

export interface ColumnPicker {
  element: HTMLElement;
  /** The mechanism names the current choice stands for. */
  columns(): Promise<string[]>;
}

export interface ColumnPickerOptions {
  request: Request;
  t: Translate;
  initial: ColumnChoice;
  onChange(choice: ColumnChoice): void;
}

type CatalogItem = MechanismsQuery['mechanisms']['items'][number];

export function createColumnPicker({ request, t, initial, onChange }: ColumnPickerOptions): ColumnPicker {
  let choice = initial;
  const catalog = request<MechanismsQuery>(MECHANISMS_QUERY, { limit: 200 }).then(
    (a) => a.mechanisms.items,
    () => [],
  );
  const mode = h('select', { 'aria-label': t('matrix.columns'), 'data-control': 'columns' });
  const names = h('datalist', { id: 'matrix-mechanisms' });
  const input = h('input', {
    type: 'search',
    list: 'matrix-mechanisms',
    'aria-label': t('matrix.addColumn'),
    placeholder: t('matrix.addColumn'),
    class: 'column-input',
  });
  const chips = h('span', { class: 'chips column-chips' });
  const custom = h('span', { class: 'custom-columns' }, input, chips);

  const emit = (next: ColumnChoice) => {
    choice = next;
    render();
    onChange(choice);
  };
  input.addEventListener('change', () => {
    const name = input.value.trim();
    input.value = '';
    if (name && !choice.cols.includes(name)) emit({ cols: [...choice.cols, name], family: '' });
  });
  mode.addEventListener('change', () => {
    if (mode.value === 'default') emit({ cols: [], family: '' });
    else if (mode.value === 'custom') emit({ cols: choice.cols.length ? choice.cols : [], family: '' });
    else emit({ cols: [], family: mode.value.slice('family:'.length) });
  });

  void catalog.then((items) => {
    replaceChildren(
      names,
      items.map((m) => h('option', { value: m.mechanism.caption })),
    );
    replaceChildren(mode, modeOptions(t, familyNames(items)));
    render();
  });

  function render(): void {
    mode.value = choice.family
      ? `family:${choice.family}`
      : choice.cols.length || mode.value === 'custom'
        ? 'custom'
        : 'default';
    custom.hidden = mode.value !== 'custom';
    replaceChildren(
      chips,
      choice.cols.map((name) =>
        columnChip(t, { name, onRemove: () => emit({ cols: choice.cols.filter((c) => c !== name), family: '' }) }),
      ),
    );
  }
  render();

  return {
    element: h('span', { class: 'column-picker' }, h('label', {}, t('matrix.columns'), mode), custom, names),
    columns: () => columnsOf(request, choice),
  };
}

/** The family members, the names picked, or the lexicon's most used mechanisms. */
async function columnsOf(request: Request, choice: ColumnChoice): Promise<string[]> {
  if (choice.family) {
    const { mechanismFamily } = await request<MechanismFamilyQuery>(MECHANISM_FAMILY_QUERY, {
      mechanism: choice.family,
    });
    return (mechanismFamily?.members ?? []).map((m) => m.mechanism.caption);
  }
  if (choice.cols.length) return choice.cols;
  const { mechanisms } = await request<MechanismsQuery>(MECHANISMS_QUERY, {
    curated: true,
    limit: DEFAULT_COLUMNS,
  });
  return mechanisms.items.map((m) => m.mechanism.caption);
}

/** Each family's name once, in catalogue order (a family is known by its number; its members share the name). */
function familyNames(items: readonly CatalogItem[]): string[] {
  const families = new Map<number, string>();
  for (const item of items) {
    const p = parseProperties(item.mechanism.properties);
    const family = numberProperty(p, 'family');
    const name = stringProperty(p, 'familyName');
    if (family !== null && name && !families.has(family)) families.set(family, name);
  }
  return [...families.values()];
}

/** The column modes: the default columns, names picked, or one family. */
function modeOptions(t: Translate, families: readonly string[]): HTMLElement[] {
  return [
    h('option', { value: 'default' }, t('matrix.columnsDefault', { count: DEFAULT_COLUMNS })),
    h('option', { value: 'custom' }, t('matrix.columnsCustom')),
    ...families.map((name) => h('option', { value: `family:${name}` }, t('matrix.columnsFamily', { name }))),
  ];
}

/** A picked column's name with its remove button. */
function columnChip(t: Translate, { name, onRemove }: { name: string; onRemove(): void }): HTMLElement {
  return h(
    'span',
    { class: 'chip plain' },
    name,
    h(
      'button',
      {
        type: 'button',
        class: 'chip-remove',
        'aria-label': t('matrix.removeColumn', { name }),
        onclick: onRemove,
      },
      '×',
    ),
  );
}
