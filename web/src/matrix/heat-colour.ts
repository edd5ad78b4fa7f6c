/** The matrix's colour scale (practices per cell, light → dark) and its legend. */
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';

const RAMP = ['#fde5b5', '#fdbe6f', '#f58b3c', '#d9531e', '#a12a0e'];

/** A cell's background and, on the two darkest steps, white ink so its number keeps its contrast. */
export function heatStyle(count: number, max: number): string {
  const share = max <= 1 ? 1 : Math.log1p(count) / Math.log1p(max);
  const step = Math.min(RAMP.length - 1, Math.round(share * (RAMP.length - 1)));
  return `background:${RAMP[step]!}${step >= RAMP.length - 2 ? ';color:#ffffff' : ''}`;
}

export function heatLegend(t: Translate, { max, period }: { max: number; period: boolean }): HTMLElement[] {
  const steps = RAMP.map((colour, i) => ({
    colour,
    value: Math.max(1, Math.round(Math.expm1((i / (RAMP.length - 1)) * Math.log1p(Math.max(1, max))))),
  }));
  return [
    h('span', { class: 'muted' }, t('matrix.legendCells')),
    ...steps
      .filter((s, i) => i === 0 || s.value !== steps[i - 1]!.value)
      .map((s) => h('span', { class: 'legend-step' }, h('i', { style: `background:${s.colour}` }), String(s.value))),
    period
      ? h('span', { class: 'legend-step' }, h('i', { class: 'faded-swatch' }), t('matrix.legendOutside'))
      : h('span', {}),
    h('span', { class: 'legend-step' }, h('i', { class: 'undated-swatch' }), t('matrix.legendUndated')),
    h('span', { class: 'legend-note muted' }, t('matrix.totalHint')),
  ];
}
