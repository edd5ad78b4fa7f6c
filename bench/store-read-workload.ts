/**
 * The reads both store benchmarks time on the synthetic graph (SQLite in store-bench.ts, Neo4j in neo4j-bench.ts), drawn
 * in the same order from the same generator so their figures compare: neighbourhoods of practices and mechanisms,
 * searches for mechanisms, county names and common words, practice details, and the county adoption matrix.
 */
import type { GraphStore } from '../graph/store/graph-store';
import { hex, PER_BULLETIN, pick, type County } from './synthetic-graph';
import { timeEach } from './time-each';

const QUERIES = 300;
const SEARCH_WORDS = [
  '网格化管理',
  '志愿服务',
  '矛盾纠纷',
  '党建引领',
  '基层治理',
  '在职党员',
  '红色物业',
  '积分超市',
  '报到',
  '议事',
];

export interface ReadWorkload {
  reader: Pick<GraphStore, 'neighborhood' | 'search' | 'practice' | 'adoption'>;
  /** Bulletins written (bench0 … bench<n-1>, PER_BULLETIN practices each). */
  bulletins: number;
  counties: County[];
  mechanisms: string[];
  random: () => number;
}

type Timing = { p50: number; p95: number };

export interface ReadTimings {
  neighbourhood: Timing;
  search: Timing;
  practice: Timing;
  adoption: Timing;
  matrix: Awaited<ReturnType<GraphStore['adoption']>>;
}

export async function timeStoreReads({
  reader,
  bulletins,
  counties,
  mechanisms,
  random,
}: ReadWorkload): Promise<ReadTimings> {
  const practiceIds = Array.from(
    { length: QUERIES },
    () => `practice:bench${hex(Math.floor(random() * bulletins))}:${1 + Math.floor(random() * PER_BULLETIN)}`,
  );
  const neighbourhood = await timeEach(QUERIES, (i) =>
    reader.neighborhood(
      i % 2 === 0
        ? { id: practiceIds[i] as string, depth: 1 + (i % 4 === 0 ? 1 : 0) }
        : { id: `mechanism:${pick(mechanisms, random)}`, depth: 1 + (i % 3 === 0 ? 1 : 0) },
    ),
  );
  const search = await timeEach(QUERIES, (i) => {
    const kind = i % 3;
    const text =
      kind === 0
        ? pick(mechanisms, random)
        : kind === 1
          ? String(pick(counties, random).chain[0]?.properties.shortName)
          : pick(SEARCH_WORDS, random);
    return reader.search({ text, limit: 20 });
  });
  const practice = await timeEach(QUERIES, (i) => reader.practice(practiceIds[i] as string));
  const adoption = await timeEach(5, () => reader.adoption({ level: 'county', limitMechanisms: 300 }));
  const matrix = await reader.adoption({ level: 'county', limitMechanisms: 300 });
  return { neighbourhood, search, practice, adoption, matrix };
}
