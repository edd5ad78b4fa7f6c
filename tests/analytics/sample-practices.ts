/** The sample bulletins' practices as the analyses read them (AnalysisPractice), and the CLI's tokenizer and place names. */
import path from 'path';
import type { GraphNode } from '../../graph/graph-document';
import type { AnalysisPractice } from '../../graph/store/graph-store';
import { ingestFiles } from '../../ingest/ingest-files';
import { analysisContext, type AnalysisContext } from '../../cli/analysis-context';
import { sharedKnowledge } from '../helpers/sample-bulletins';

export async function samplePractices(): Promise<AnalysisPractice[]> {
  const run = await ingestFiles([path.join(__dirname, '..', '..', 'data', 'samples')], { workers: 1, knowledge: sharedKnowledge() });
  return run.bulletins.flatMap(({ document }) => {
    const nodes = new Map(document.nodes.map((n) => [n.id, n]));
    const bulletin = document.nodes.find((n) => n.labels[0] === 'Bulletin') as GraphNode;
    const out = (practice: string, type: string) => document.relationships.filter((r) => r.start === practice && r.type === type).map((r) => nodes.get(r.end) as GraphNode);
    return document.nodes
      .filter((n) => n.labels[0] === 'Practice')
      .map((p) => ({
        id: p.id,
        title: String(p.properties.title),
        text: String(p.properties.text),
        bulletinId: bulletin.id,
        date: (p.properties.date as string | null) ?? (bulletin.properties.date as string | null),
        localityCodes: out(p.id, 'LOCATED_IN').map((l) => String(l.properties.code)).sort(),
        mechanisms: out(p.id, 'USES').map((m) => String(m.properties.name)).sort(),
      }));
  });
}

export function sampleContext(): AnalysisContext {
  return analysisContext(sharedKnowledge());
}

/** The sample practice whose title contains `title`. */
export function byTitle(practices: readonly AnalysisPractice[], title: string): AnalysisPractice {
  const found = practices.find((p) => p.title.includes(title));
  if (!found) throw new Error(`no sample practice titled …${title}…`);
  return found;
}
