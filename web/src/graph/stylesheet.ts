/**
 * The cytoscape stylesheet: shape per label (LABEL_STYLES), size and colour from each node's data (set by the canvas
 * from the chosen size and colour modes), captions only on the nodes the label priority picks (`captioned`, at a
 * size that reads at the current zoom), edge names on hover. Faded nodes lose fill, not caption contrast.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS } from '../api/types';
import { FONT_STACK } from './fonts';
import { LABEL_STYLES } from './label-styles';

export function graphStylesheet(): StylesheetJson {
  // Later rules win: selection, hover and fading come after the base styles they override.
  return [...nodeStyles(), ...edgeStyles(), ...stateStyles()];
}

/** Nodes: shape and border per label, size and colour from their data, captions and stacking for groups and roots. */
function nodeStyles(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: '',
        'font-family': FONT_STACK,
        color: '#111827',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'border-width': 1.5,
        'background-color': 'data(colour)',
        width: 'data(size)',
        height: 'data(size)',
      },
    },
    ...NODE_LABELS.map((label) => ({
      selector: `node[label = "${label}"]`,
      style: { 'border-color': LABEL_STYLES[label].ink, shape: LABEL_STYLES[label].shape },
    })),
    { selector: 'node.captioned', style: { label: 'data(short)', 'font-size': 'data(fs)' } },
    // A group of a view (a place, a mechanism) that can be expanded shows a double border.
    { selector: 'node[?group]', style: { 'border-width': 3, 'border-style': 'double', 'z-index': 12 } },
    { selector: 'node[?root]', style: { 'z-index': 14 } },
    { selector: 'node[?expanded]', style: { 'border-style': 'solid', 'border-width': 2.5 } },
    // Captioned nodes draw above the rest, so no uncaptioned node hides a caption (label-priority.ts keeps them apart).
    { selector: 'node.captioned', style: { 'z-index': 16 } },
    { selector: 'node.captioned[?root]', style: { 'z-index': 18 } },
  ];
}

/** Edges: width from their data, arrows, light haystacks for large views, relation types, names on hover. */
function edgeStyles(): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#b8c0cc',
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b8c0cc',
        'arrow-scale': 0.6,
        'font-family': FONT_STACK,
        'font-size': 10,
        color: '#1f2933',
      },
    },
    // Large views draw their edges as haystacks: straight, no arrows, far cheaper to draw thousands of.
    {
      selector: 'edge.light',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
    },
    { selector: 'edge[type = "ADOPTS"]', style: { 'line-color': '#e3b48c', 'target-arrow-color': '#e3b48c' } },
    { selector: 'edge[type = "LOCATED_WITHIN"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge.hover',
      style: {
        label: 'data(typeLabel)',
        width: 2.5,
        'line-color': '#64748b',
        'target-arrow-color': '#64748b',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'z-index': 20,
      },
    },
  ];
}

/** The selected and hovered nodes with their full captions; faded and filtered elements. */
function stateStyles(): StylesheetJson {
  return [
    {
      selector: 'node:selected',
      style: {
        'border-width': 4,
        'border-color': '#111827',
        'z-index': 30,
        label: 'data(caption)',
        'font-size': 'data(fs)',
        'font-weight': 'bold',
        'text-wrap': 'wrap',
        'text-max-width': '240px',
      },
    },
    {
      selector: 'node.hover',
      style: {
        label: 'data(caption)',
        'font-size': 'data(fs)',
        'z-index': 25,
        'text-wrap': 'wrap',
        'text-max-width': '240px',
      },
    },
    // Faded: the fill and edges recede; captions keep their ink so they stay readable (WCAG contrast).
    { selector: 'node.faded', style: { 'background-opacity': 0.3, 'border-opacity': 0.35 } },
    { selector: 'edge.faded', style: { 'line-opacity': 0.25, 'target-arrow-color': '#dde3ea' } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
