/** The diffusion timeline of a mechanism: a cumulative step chart of adopters over time, and the list of first reports. */
import type { AdoptionEvent } from '../api/types';
import { h } from '../dom/element';
import { LABEL_STYLES } from '../graph/label-styles';
import type { Translate } from '../i18n/translate';
import { dayNumber, diffusionSeries } from './diffusion-series';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 300;
const HEIGHT = 70;

export function diffusionTimeline(events: AdoptionEvent[], t: Translate, open: (id: string) => void): HTMLElement {
  const series = diffusionSeries(events);
  const row = (event: AdoptionEvent) =>
    h(
      'li',
      {},
      h('time', {}, event.firstReported ?? t('mechanism.undated')),
      h('button', { type: 'button', class: 'link', 'data-id': event.locality.id, onclick: () => open(event.locality.id) }, event.locality.caption),
      h('span', { class: 'muted small' }, t('count.practices', { count: event.practices })),
    );
  return h(
    'div',
    { class: 'timeline' },
    series.steps.length > 1 ? stepChart(series.steps) : null,
    h('ol', { class: 'timeline-list' }, [...series.dated, ...series.undated].map(row)),
  );
}

function stepChart(steps: { date: string; total: number }[]): SVGSVGElement {
  const first = dayNumber(steps[0]!.date);
  const span = Math.max(1, dayNumber(steps[steps.length - 1]!.date) - first);
  const max = steps[steps.length - 1]!.total;
  const x = (date: string) => 4 + ((dayNumber(date) - first) / span) * (WIDTH - 8);
  const y = (total: number) => HEIGHT - 14 - (total / max) * (HEIGHT - 24);
  let path = `M ${x(steps[0]!.date)} ${y(0)}`;
  for (const step of steps) path += ` H ${x(step.date)} V ${y(step.total)}`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('class', 'step-chart');
  const line = document.createElementNS(SVG, 'path');
  line.setAttribute('d', path);
  line.setAttribute('stroke', LABEL_STYLES.Mechanism.ink);
  svg.append(line);
  for (const [anchor, text, at] of [['start', steps[0]!.date, 4], ['end', steps[steps.length - 1]!.date, WIDTH - 4]] as const) {
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(at));
    label.setAttribute('y', String(HEIGHT - 2));
    label.setAttribute('text-anchor', anchor);
    label.textContent = text;
    svg.append(label);
  }
  const top = document.createElementNS(SVG, 'text');
  top.setAttribute('x', '4');
  top.setAttribute('y', '10');
  top.textContent = `n = ${max}`;
  svg.append(top);
  return svg;
}
