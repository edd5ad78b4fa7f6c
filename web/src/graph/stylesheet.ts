/** The cytoscape stylesheet: colour and shape per label (LABEL_STYLES), captions under nodes, edge labels on hover. */
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS } from '../api/types';
import { FONT_STACK } from './fonts';
import { LABEL_STYLES } from './label-styles';

export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // Captions vanish when they would be unreadably small, which also keeps large views fast.
        'min-zoomed-font-size': 7,
        'border-width': 1,
      },
    },
    ...NODE_LABELS.map((label) => ({
      selector: `node[label = "${label}"]`,
      style: {
        'background-color': LABEL_STYLES[label].color,
        'border-color': LABEL_STYLES[label].ink,
        shape: LABEL_STYLES[label].shape,
        width: LABEL_STYLES[label].size,
        height: LABEL_STYLES[label].size,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b8c0cc',
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b8c0cc',
        'arrow-scale': 0.6,
        'font-family': FONT_STACK,
        'font-size': 9,
        color: '#334155',
      },
    },
    { selector: 'edge.hover', style: { label: 'data(typeLabel)', width: 2.5, 'line-color': '#64748b', 'target-arrow-color': '#64748b', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827', 'z-index': 30, 'font-weight': 'bold' } },
    { selector: 'node.hover', style: { label: 'data(caption)', 'z-index': 25, 'text-wrap': 'wrap', 'text-max-width': '220px' } },
    { selector: '.faded', style: { opacity: 0.45 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
