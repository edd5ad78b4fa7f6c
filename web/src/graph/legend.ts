/**
 * The legend beside the canvas (never over it): node kinds by shape, the colour scale, what size and edges mean.
 * Also the small label swatches the filters and panels use.
 */
import type { NodeLabel } from '../api/types';
import { h, replaceChildren } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { LABEL_STYLES, type LabelStyle } from './label-styles';
import type { LegendModel } from './legend-model';

const SVG = 'http://www.w3.org/2000/svg';

const SHAPE_POINTS: Partial<Record<LabelStyle['shape'], string>> = {
  diamond: '7,1 13,7 7,13 1,7',
  hexagon: '4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7',
  triangle: '7,1.5 13,12.5 1,12.5',
};

/** A 14×14 icon of a shape in the given colours. */
export function shapeSwatch(shape: LabelStyle['shape'], { fill, ink }: { fill: string; ink: string }): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  const points = SHAPE_POINTS[shape];
  let element: SVGElement;
  if (points) {
    element = document.createElementNS(SVG, 'polygon');
    element.setAttribute('points', points);
  } else if (shape === 'ellipse') {
    element = document.createElementNS(SVG, 'circle');
    for (const [name, value] of Object.entries({ cx: '7', cy: '7', r: '5.5' })) element.setAttribute(name, value);
  } else {
    element = document.createElementNS(SVG, 'rect');
    for (const [name, value] of Object.entries({
      x: '1.5',
      y: '2.5',
      width: '11',
      height: '9',
      rx: shape === 'round-rectangle' ? '2.5' : '0',
    }))
      element.setAttribute(name, value);
  }
  element.setAttribute('fill', fill);
  element.setAttribute('stroke', ink);
  svg.append(element);
  return svg;
}

/** A 14×14 icon of the label's shape and colour. */
export function labelSwatch(label: NodeLabel): SVGSVGElement {
  const style = LABEL_STYLES[label];
  return shapeSwatch(style.shape, { fill: style.color, ink: style.ink });
}

export function createLegend(t: Translate): { element: HTMLElement; update(model: LegendModel): void } {
  const element = h('div', { class: 'legend', role: 'group', 'aria-label': t('legend.title') });
  return {
    element,
    update(model) {
      replaceChildren(
        element,
        model.shapes.map((s) =>
          h('span', { class: 'legend-item' }, shapeSwatch(s.shape, { fill: s.fill, ink: s.ink }), s.text),
        ),
        model.scale
          ? h(
              'span',
              { class: 'legend-scale' },
              h('span', { class: 'muted' }, model.scale.title),
              model.scale.steps.map((step) =>
                h('span', { class: 'legend-step' }, h('i', { style: `background:${step.colour}` }), step.text),
              ),
            )
          : null,
        model.notes.map((note) => h('span', { class: 'legend-note muted' }, note)),
      );
    },
  };
}
