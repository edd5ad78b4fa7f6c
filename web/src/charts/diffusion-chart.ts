/**
 * The diffusion chart: cumulative adopting places over time, one step line per level (provinces, cities, counties),
 * with a year axis and a count axis; places without a dated report cannot be placed on the axis and are counted
 * beside it, per level, so no adopter is silently left out.
 */
import type { RollupLevel, SpreadPlace } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { dayNumber, diffusionSeries, type DiffusionSeries } from '../panels/diffusion-series';

const SVG = 'http://www.w3.org/2000/svg';
const LEVEL_COLOURS: Record<RollupLevel, string> = { province: '#0b3f7a', city: '#d9531e', county: '#009e73' };
const LEVELS: RollupLevel[] = ['province', 'city', 'county'];

type LevelSeries = DiffusionSeries<SpreadPlace> & { level: RollupLevel };

export function diffusionChart(
  t: Translate,
  {
    spreads,
    size = { width: 380, height: 210 },
  }: { spreads: Partial<Record<RollupLevel, readonly SpreadPlace[]>>; size?: { width: number; height: number } },
): HTMLElement {
  const series = LEVELS.filter((level) => spreads[level]).map((level) => ({
    level,
    ...diffusionSeries(spreads[level]!),
  }));
  const dated = series.flatMap((s) => s.steps);
  const note = h(
    'p',
    { class: 'muted small chart-undated' },
    series
      .map((s) =>
        t('chart.levelCount', { level: t(`level.${s.level}`), dated: s.dated.length, undated: s.undated.length }),
      )
      .join(' · '),
  );
  if (dated.length === 0)
    return h('div', { class: 'diffusion-chart' }, h('p', { class: 'muted' }, t('chart.noDates')), note);
  const { width, height } = size;
  const pad = { left: 34, right: 10, top: 10, bottom: 24 };
  const days = dated.map((s) => dayNumber(s.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.max(1, last - first);
  const max = Math.max(...dated.map((s) => s.total));
  const x = (day: number) => pad.left + ((day - first) / span) * (width - pad.left - pad.right);
  const y = (count: number) => height - pad.bottom - (count / max) * (height - pad.top - pad.bottom);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('chart.title'));
  const add = (tag: string, attributes: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  add('line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'axis' });
  add('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'axis' });
  for (const tick of timeTicks(
    dated.map((s) => s.date),
    { first, last },
  )) {
    const at = x(tick.day);
    add('line', { x1: at, y1: height - pad.bottom, x2: at, y2: height - pad.bottom + 4, class: 'axis' });
    add('text', { x: at, y: height - 6, 'text-anchor': tick.anchor, class: 'tick' }, tick.text);
  }
  for (const count of countTicks(max)) {
    add('text', { x: pad.left - 4, y: y(count) + 3, 'text-anchor': 'end', class: 'tick' }, String(count));
    add('line', { x1: pad.left, y1: y(count), x2: width - pad.right, y2: y(count), class: 'grid' });
  }
  for (const s of series) {
    if (s.steps.length === 0) continue;
    let d = `M ${x(dayNumber(s.steps[0]!.date))} ${y(0)}`;
    for (const step of s.steps) d += ` H ${x(dayNumber(step.date)).toFixed(1)} V ${y(step.total).toFixed(1)}`;
    d += ` H ${width - pad.right}`;
    add('path', { d, stroke: LEVEL_COLOURS[s.level], class: 'series', 'data-level': s.level });
  }
  return h('div', { class: 'diffusion-chart' }, svg, chartLegend(t, series), note);
}

/** Each level's colour and its count of adopting places, dated or not. */
function chartLegend(t: Translate, series: readonly LevelSeries[]): HTMLElement {
  return h(
    'p',
    { class: 'chart-legend small' },
    series.map((s) =>
      h(
        'span',
        {},
        h('i', { style: `background:${LEVEL_COLOURS[s.level]}` }),
        `${t(`level.${s.level}`)} ${s.dated.length + s.undated.length}`,
      ),
    ),
  );
}

/** The time axis's marks: the years crossed, or the first and last dates when the span is within a year or so. */
function timeTicks(
  dates: readonly string[],
  { first, last }: { first: number; last: number },
): { day: number; text: string; anchor: string }[] {
  const years = yearTicks(first, last);
  if (years.length >= 2)
    return years.map((year) => ({ day: dayNumber(`${year}-01-01`), text: String(year), anchor: 'middle' }));
  const sorted = [...dates].sort();
  return [
    { day: first, text: sorted[0]!, anchor: 'start' },
    { day: last, text: sorted.at(-1)!, anchor: 'end' },
  ];
}

function yearTicks(firstDay: number, lastDay: number): number[] {
  const from = new Date(firstDay * 86_400_000).getUTCFullYear() + 1;
  const to = new Date(lastDay * 86_400_000).getUTCFullYear();
  const every = Math.max(1, Math.ceil((to - from + 1) / 8));
  const ticks: number[] = [];
  for (let year = from; year <= to; year += every) ticks.push(year);
  return ticks;
}

function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks: number[] = [];
  for (let value = step; value <= max; value += step) ticks.push(value);
  return ticks;
}
