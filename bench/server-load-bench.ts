/**
 * The server under load: `kg serve` in a child process on ≥ 1,000 generated bulletins (load-store.ts, the store the
 * abuse suite attacks), loaded over loopback by autocannon with the explorer's own requests — a search, and what the
 * explorer opens for a hit (a mechanism's grouped view, a place's, or another node's neighbourhood) — at 10, 50
 * and 200 connections for 20 s each. Targets: 0 errors and 0 timeouts at every level (503s, the server refusing what
 * it cannot take on, are counted apart), p99 < 500 ms at 50 connections.
 */
import path from 'path';
import { openHitBody, SEARCH_PAGE, SEARCH_QUERY, type OpenableHit } from './explorer-queries';
import { ensureLoadStore } from './load-store';
import { loadRun, type LoadRun } from './load-run';
import { startServeProcess } from './serve-process';

const LEVELS = [10, 50, 200];
const SECONDS = 20;
const BULLETINS = 1_000;
const WORDS = [
  '网格化管理',
  '志愿服务',
  '矛盾纠纷',
  '党建引领',
  '基层治理',
  '在职党员',
  '红色物业',
  '积分超市',
  '双报到',
  '议事',
];

export async function serverLoadBench(root: string, seconds = SECONDS): Promise<Record<string, string>> {
  const store = await ensureLoadStore({ dir: path.join(root, 'data', 'bench', 'server-load'), bulletins: BULLETINS });
  const server = await startServeProcess({ dataDir: store.dataDir, keepLog: false });
  try {
    const hits = await searchHits(server.url);
    const bodies: Record<string, (i: number) => string> = {
      search: (i) =>
        JSON.stringify({
          query: SEARCH_QUERY,
          variables: { text: WORDS[i % WORDS.length], offset: 0, limit: SEARCH_PAGE },
        }),
      open: (i) => openHitBody(hits[i % hits.length] as OpenableHit),
    };
    const figures: Record<string, string> = {
      'load store': `${store.bulletins} generated bulletins; ${hits.length} search hits to open`,
    };
    const verdict: string[] = [];
    for (const [name, body] of Object.entries(bodies)) {
      for (const connections of LEVELS) {
        const run = await loadRun({ url: server.url, connections, seconds, body, serverPid: server.pid });
        figures[`${name} ×${connections}`] = describe(run);
        if (run.errors > 0 || run.timeouts > 0)
          verdict.push(`${name} ×${connections}: ${run.errors} error(s), ${run.timeouts} timeout(s)`);
        if (connections === 50 && run.p99 >= 500) verdict.push(`${name} ×50: p99 ${run.p99.toFixed(0)} ms`);
      }
    }
    figures['load targets'] =
      verdict.length === 0
        ? 'met (0 errors, 0 timeouts, p99 < 500 ms at 50 connections)'
        : `missed: ${verdict.join('; ')}`;
    return figures;
  } finally {
    await server.stop();
  }
}

function describe(run: LoadRun): string {
  return (
    `${run.rps.toFixed(0)} req/s, p50 ${run.p50.toFixed(0)} / p99 ${run.p99.toFixed(0)} ms (answers), ${run.answered} answered, ` +
    `${run.busy} × 503, ${run.errors} error(s), ${run.timeouts} timeout(s) (target 0 / 0), server RSS ${run.rssMb.toFixed(0)} MB`
  );
}

/** What the explorer would open: the hits of its search box for the benchmark's words, every label. */
async function searchHits(url: string): Promise<OpenableHit[]> {
  const hits: OpenableHit[] = [];
  for (const text of WORDS) {
    const response = await fetch(`${url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH_QUERY, variables: { text, limit: 10 } }),
    });
    const answer = (await response.json()) as {
      data?: { search: { items: { label: string; node: { id: string; properties: string } }[] } };
    };
    for (const item of answer.data?.search.items ?? []) {
      const properties = JSON.parse(item.node.properties) as { name?: string; code?: string };
      hits.push({ id: item.node.id, label: item.label, key: properties.code ?? properties.name ?? item.node.id });
    }
  }
  if (hits.length === 0) throw new Error('serverLoadBench: the search found nothing to open');
  return hits;
}
