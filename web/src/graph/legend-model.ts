/**
 * What the legend says about the view shown, as data: the kinds of nodes (shape and colour), the colour scale of the
 * chosen mode with its range, what node size and the edges mean. The legend beside the canvas and the exported
 * pictures both draw it.
 */
import { NODE_LABELS, type NodeLabel } from '../api/types';
import type { Translate } from '../i18n/translate';
import { NEUTRAL, familyColour, scaleSteps, type ColourMode } from './colour-scale';
import { scaleDomain } from './appearance';
import { LABEL_STYLES, type LabelStyle } from './label-styles';
import type { NodeData } from './to-elements';

export interface LegendModel {
  shapes: { label: NodeLabel; shape: LabelStyle['shape']; fill: string; ink: string; text: string }[];
  /** The colour scale: its title and its steps (colour and what it stands for). */
  scale: { title: string; steps: { colour: string; text: string }[] } | null;
  notes: string[];
}

export function legendModel(
  t: Translate,
  { nodes, look }: { nodes: readonly NodeData[]; look: { colour: ColourMode; sizeByCount: boolean } },
): LegendModel {
  const labels = NODE_LABELS.filter((label) => nodes.some((n) => n.label === label));
  const byLabel = look.colour === 'label';
  const shapes = labels.map((label) => ({
    label,
    shape: LABEL_STYLES[label].shape,
    fill: byLabel ? LABEL_STYLES[label].color : '#ffffff',
    ink: LABEL_STYLES[label].ink,
    text: t(`label.${label}`),
  }));
  const notes: string[] = [];
  if (look.sizeByCount && nodes.some((n) => n.count !== null)) notes.push(t('legend.size'));
  if (nodes.some((n) => n.group && !n.expanded)) notes.push(t('legend.group'));
  return { shapes, scale: colourScale(t, nodes, look.colour), notes };
}

function colourScale(t: Translate, nodes: readonly NodeData[], mode: ColourMode): LegendModel['scale'] {
  const domain = scaleDomain(nodes);
  switch (mode) {
    case 'label':
      return null;
    case 'count':
      return {
        title: t('legend.byCount'),
        steps: [
          ...scaleSteps('count', domain).map((s) => ({ colour: s.colour, text: String(s.value) })),
          { colour: NEUTRAL, text: t('legend.notCounted') },
        ],
      };
    case 'year':
      if (domain.minYear === null)
        return { title: t('legend.byYear'), steps: [{ colour: NEUTRAL, text: t('legend.undated') }] };
      return {
        title: t('legend.byYear'),
        steps: [
          ...dedupe(scaleSteps('year', domain)).map((s) => ({ colour: s.colour, text: String(s.value) })),
          { colour: NEUTRAL, text: t('legend.undated') },
        ],
      };
    case 'family': {
      const families = new Map<number, string>();
      for (const node of nodes)
        if (node.family !== null && !families.has(node.family))
          families.set(node.family, node.familyName ?? String(node.family));
      return {
        title: t('legend.byFamily'),
        steps: [
          ...[...families]
            .sort((a, b) => a[0] - b[0])
            .map(([family, name]) => ({ colour: familyColour(family), text: name })),
          { colour: NEUTRAL, text: t('legend.noFamily') },
        ],
      };
    }
  }
}

function dedupe(steps: { colour: string; value: number }[]): { colour: string; value: number }[] {
  return steps.filter((step, i) => i === 0 || step.value !== steps[i - 1]!.value);
}
