/**
 * What the diffusion reads need of a practice, by slot: whether it is a reprint (has a REPRINT_OF out-edge: the
 * earlier report counts, this one does not) and its report (bulletin and date: the practice's date, else its
 * bulletin's). The reprint bitmap comes from a scan of the relationship columns; reports are made on first use.
 * Valid for one graph version (AdoptionReads-style caching by `core.version`).
 */
import { RELATIONSHIP_TYPES } from '../../schema';
import type { Report } from '../first-reports';
import type { GraphCore } from './graph-core';
import { nodeString } from './node-records';

const REPRINT_OF = RELATIONSHIP_TYPES.indexOf('REPRINT_OF');

export class PracticeReports {
  private readonly reports = new Map<number, Report>();
  private reprintBits: Uint8Array | null = null;

  constructor(
    private readonly core: GraphCore,
    readonly version: number,
  ) {}

  isReprint(slot: number): boolean {
    return (this.reprints()[slot] as number) === 1;
  }

  report(slot: number): Report {
    let report = this.reports.get(slot);
    if (!report) {
      const practice = this.core.recordAt(slot);
      const bulletin = practice.in.find((e) => e.type === 'CONTAINS')?.start;
      report = {
        practiceId: practice.id,
        bulletinId: bulletin?.id ?? '',
        date: nodeString(practice, 'date') ?? (bulletin ? nodeString(bulletin, 'date') : null),
      };
      this.reports.set(slot, report);
    }
    return report;
  }

  private reprints(): Uint8Array {
    if (this.reprintBits) return this.reprintBits;
    const bits = new Uint8Array(this.core.slotSpace);
    const { edgeTypes, edgeStarts } = this.core.base.sections;
    for (let e = 0; e < edgeTypes.length; e++) if (edgeTypes[e] === REPRINT_OF && !this.core.deadEdges[e]) bits[edgeStarts[e] as number] = 1;
    for (const edge of this.core.addedEdges) if (edge.type === 'REPRINT_OF') bits[edge.start.slot] = 1;
    return (this.reprintBits = bits);
  }
}

/** One PracticeReports per graph version. */
export function practiceReportsCache(core: GraphCore): () => PracticeReports {
  let cached: PracticeReports | null = null;
  return () => {
    if (cached?.version !== core.version) cached = new PracticeReports(core, core.version);
    return cached;
  };
}
