/** The sample bulletins' practices as the analyses read them (AnalysisPractice), and the CLI's tokenizer and place names. */
import path from 'path';
import { analysisPracticesOf } from '../../graph/analytics/analysis-practices';
import type { AnalysisPractice } from '../../graph/store/graph-store';
import { ingestFiles } from '../../ingest/ingest-files';
import { analysisContext, type AnalysisContext } from '../../cli/analysis-context';
import { sharedKnowledge } from '../helpers/sample-bulletins';

export async function samplePractices(): Promise<AnalysisPractice[]> {
  const run = await ingestFiles([path.join(__dirname, '..', '..', 'data', 'samples')], {
    workers: 1,
    knowledge: sharedKnowledge(),
  });
  return run.bulletins.flatMap(({ document }) => analysisPracticesOf(document));
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
