/**
 * The server under load: `kg serve` in a child process on ≥ 1,000 generated bulletins (load-store.ts, the store the
 * abuse suite attacks), loaded over loopback by autocannon with the explorer's own requests — a search, and the
 * neighbourhood the explorer opens for a hit (by the hit's label: a mechanism's practices and places, …) — at 10, 50
 * and 200 connections for 20 s each. Targets: 0 errors and 0 timeouts at every level (503s, the server refusing what
 * it cannot take on, are counted apart), p99 < 500 ms at 50 connections.
 */
import path from 'path';
import { EXPANSION_LIMIT, EXPANSION_RULES, NEIGHBORHOOD_QUERY, SEARCH_LIMIT, SEARCH_QUERY } from './explorer-queries';
import { ensureLoadStore } from './load-store';
import { loadRun, type LoadRun } from './load-run';
import { startServeProcess } from './serve-process';

const LEVELS = [10, 50, 200];
const SECONDS = 20;
const BULLETINS = 1_000;
const WORDS = ['网格化管理', '志愿服务', '矛盾纠纷', '党建引领', '基层治理', '在职党员', '红色物业', '积分超市', '双报到', '议事'];

export async function serverLoadBench(root: string, seconds = SECONDS): Promise<Record<string, string>> {
  const store = await ensureLoadStore({ dir: path.join(root, 'data', 'bench', 'server-load'), bulletins: BULLETINS });
  const server = await startServeProcess({ dataDir: store.dataDir, keepLog: false });
  try {
    const hits = await searchHits(server.url);
    const bodies: Record<string, (i: number) => string> = {
      search: (i) => JSON.stringify({ query: SEARCH_QUERY, variables: { text: WORDS[i % WORDS.length], limit: SEARCH_LIMIT } }),
      neighborhood: (i) => {
        const hit = hits[i % hits.length] as Hit;
        const rule = EXPANSION_RULES[hit.label] ?? { depth: 1 };
        return JSON.stringify({ query: NEIGHBORHOOD_QUERY, variables: { id: hit.id, depth: rule.depth, ...(rule.labels ? { labels: rule.labels } : {}), limit: EXPANSION_LIMIT } });
      },
    };
    const figures: Record<string, string> = { 'load store': `${store.bulletins} generated bulletins; ${hits.length} search hits to open` };
    const verdict: string[] = [];
    for (const [name, body] of Object.entries(bodies)) {
      for (const connections of LEVELS) {
        const run = await loadRun({ url: server.url, connections, seconds, body, serverPid: server.pid });
        figures[`${name} ×${connections}`] = describe(run);
        if (run.errors > 0 || run.timeouts > 0) verdict.push(`${name} ×${connections}: ${run.errors} error(s), ${run.timeouts} timeout(s)`);
        if (connections === 50 && run.p99 >= 500) verdict.push(`${name} ×50: p99 ${run.p99.toFixed(0)} ms`);
      }
    }
    figures['load targets'] = verdict.length === 0 ? 'met (0 errors, 0 timeouts, p99 < 500 ms at 50 connections)' : `missed: ${verdict.join('; ')}`;
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

interface Hit {
  id: string;
  label: string;
}

/** What the explorer would open: the hits of its search box for the benchmark's words, every label. */
async function searchHits(url: string): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const text of WORDS) {
    const response = await fetch(`${url}graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH_QUERY, variables: { text, limit: 10 } }) });
    const answer = (await response.json()) as { data?: { search: { items: { label: string; node: { id: string } }[] } } };
    for (const item of answer.data?.search.items ?? []) hits.push({ id: item.node.id, label: item.label });
  }
  if (hits.length === 0) throw new Error('serverLoadBench: the search found nothing to open');
  return hits;
}
