/**
 * Exports of the view shown: PNG and SVG pictures with title, legend and source line; GraphML; CSV of nodes and of
 * edges. An empty view or a picture the browser cannot draw is an error the caller shows, never an empty file.
 */
import { edgeWidth, type ShownNode } from '../graph/graph-canvas';
import { FONT_STACK } from '../graph/fonts';
import { LABEL_STYLES } from '../graph/label-styles';
import type { LegendModel } from '../graph/legend-model';
import type { EdgeData } from '../graph/to-elements';
import type { Translate } from '../i18n/translate';
import { csvFileText } from './csv';
import { downloadBlob, downloadText } from './download';
import { svgToPng } from './svg-to-png';
import { edgeRows, nodeRows } from './view-csv';
import { viewGraphml, type TableNode } from './view-graphml';
import { viewSvg, type Picture } from './view-svg';

export type ExportFormat = 'png' | 'svg' | 'graphml' | 'nodes-csv' | 'edges-csv';

export interface ExportInput {
  t: Translate;
  shown: { nodes: ShownNode[]; edges: EdgeData[] };
  legend: LegendModel;
  title: string;
  source: string;
}

const FILE = 'governance-graph';

export async function exportView(format: ExportFormat, input: ExportInput): Promise<void> {
  const { t, shown } = input;
  if (shown.nodes.length === 0) throw new Error(t('export.empty'));
  const table: TableNode[] = shown.nodes.map((n) => ({
    id: n.id,
    label: n.label,
    caption: n.caption,
    count: n.count,
    date: n.date,
    code: n.code,
    x: n.x,
    y: n.y,
  }));
  switch (format) {
    case 'svg': {
      const { svg } = viewSvg(picture(input));
      return downloadText({ fileName: `${FILE}.svg`, text: svg, type: 'image/svg+xml;charset=utf-8' });
    }
    case 'png': {
      const { svg, width, height } = viewSvg(picture(input));
      return downloadBlob(`${FILE}.png`, await svgToPng(svg, { width, height }));
    }
    case 'graphml':
      return downloadText({
        fileName: `${FILE}.graphml`,
        text: viewGraphml(table, shown.edges),
        type: 'application/xml;charset=utf-8',
      });
    case 'nodes-csv':
      return downloadText({
        fileName: `${FILE}-nodes.csv`,
        text: csvFileText(
          nodeRows(table, [
            'id',
            t('export.kind'),
            t('export.caption'),
            t('export.practices'),
            t('export.date'),
            t('export.code'),
          ]),
        ),
      });
    case 'edges-csv':
      return downloadText({
        fileName: `${FILE}-edges.csv`,
        text: csvFileText(
          edgeRows({
            nodes: table,
            edges: shown.edges,
            headings: [
              t('export.source'),
              t('export.sourceCaption'),
              t('export.type'),
              t('export.target'),
              t('export.targetCaption'),
              t('export.practices'),
            ],
          }),
        ),
      });
  }
}

function picture({ shown, legend, title, source }: ExportInput): Picture {
  const at = new Map(shown.nodes.map((n) => [n.id, n]));
  return {
    title,
    source,
    font: FONT_STACK,
    legend,
    nodes: shown.nodes.map((n) => ({
      x: n.x,
      y: n.y,
      size: n.size,
      shape: LABEL_STYLES[n.label].shape,
      fill: n.colour,
      ink: LABEL_STYLES[n.label].ink,
      caption: n.captioned ? n.short : null,
    })),
    edges: shown.edges.flatMap((e) => {
      const a = at.get(e.source);
      const b = at.get(e.target);
      if (!a || !b) return [];
      return [{ x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: edgeWidth(e), dashed: e.type === 'LOCATED_WITHIN' }];
    }),
  };
}
