/** The legend on the canvas: one swatch per label, drawn in that label's colour and shape. */
import { NODE_LABELS, type NodeLabel } from '../api/types';
import { h } from '../dom/element';
import type { Translate } from '../i18n/translate';
import { LABEL_STYLES, type LabelStyle } from './label-styles';

const SVG = 'http://www.w3.org/2000/svg';

const SHAPE_POINTS: Partial<Record<LabelStyle['shape'], string>> = {
  diamond: '7,1 13,7 7,13 1,7',
  hexagon: '4,1.5 10,1.5 13,7 10,12.5 4,12.5 1,7',
  triangle: '7,1.5 13,12.5 1,12.5',
};

/** A 14×14 icon of the label's shape and colour. */
export function labelSwatch(label: NodeLabel): SVGSVGElement {
  const style = LABEL_STYLES[label];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 14 14');
  svg.setAttribute('class', 'swatch');
  const points = SHAPE_POINTS[style.shape];
  let shape: SVGElement;
  if (points) {
    shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', points);
  } else if (style.shape === 'ellipse') {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('cx', '7');
    shape.setAttribute('cy', '7');
    shape.setAttribute('r', '5.5');
  } else {
    shape = document.createElementNS(SVG, 'rect');
    for (const [name, value] of Object.entries({ x: '1.5', y: '2.5', width: '11', height: '9', rx: style.shape === 'round-rectangle' ? '2.5' : '0' })) {
      shape.setAttribute(name, value);
    }
  }
  shape.setAttribute('fill', style.color);
  shape.setAttribute('stroke', style.ink);
  svg.append(shape);
  return svg;
}

export function createLegend(t: Translate): HTMLElement {
  return h(
    'div',
    { class: 'legend', 'aria-label': t('legend.title') },
    NODE_LABELS.map((label) => h('span', { class: 'legend-item' }, labelSwatch(label), t(`label.${label}`))),
  );
}
