/**
 * Server latency under concurrent load: `kg serve` in a child process on the 100k-practice synthetic graph of the
 * store benchmark (built first if missing), and autocannon in this process sending the explorer's main queries —
 * search, neighbourhood, practice detail, adoption matrix — over loopback with 10 connections for a few seconds each.
 * Prints p50/p95/p99 latency, requests per second, errors (socket errors, non-2xx answers, GraphQL errors) and the
 * server's resident memory (target < 500 MB).
 */
import autocannon from 'autocannon';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { startServeProcess } from './serve-process';
import { benchStoreDir, storeBench } from './store-bench';

const CONNECTIONS = 10;
const SECONDS_PER_QUERY = 5;
const SEARCH_WORDS = [
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
const NODE = 'id label caption properties';

interface Query {
  query: string;
  variables?: Record<string, unknown>;
}

export async function serverBench(root: string): Promise<Record<string, string>> {
  const dataDir = benchStoreDir(root);
  if (!existsSync(path.join(dataDir, 'graph.sqlite'))) await storeBench(root);
  const server = await startServeProcess({ dataDir });
  try {
    const ids = await sampleIds(server.url);
    const loads: Record<string, (i: number) => Query> = {
      search: (i) => ({
        query: `query Search($text: String!) { search(text: $text, limit: 20) { total items { label score node { ${NODE} } } } }`,
        variables: { text: SEARCH_WORDS[i % SEARCH_WORDS.length] },
      }),
      neighborhood: (i) => ({
        query: `query Hood($id: ID!) { neighborhood(id: $id, depth: 1, limit: 200) { nodes { ${NODE} } edges { id type source target properties } trimmed } }`,
        variables: { id: ids.practices[i % ids.practices.length] },
      }),
      practice: (i) => ({
        query: `query Practice($id: ID!) { practice(id: $id) { practice { ${NODE} } bulletin { ${NODE} } localities { ${NODE} } mechanisms { mechanism { ${NODE} } evidence start end via } organizations { organization { ${NODE} } evidence reportedBy } metrics { ${NODE} } spans { start end kind nodeId label } similar { practice { ${NODE} } score } } }`,
        variables: { id: ids.practices[i % ids.practices.length] },
      }),
      adoption: () => ({
        query:
          '{ adoption(level: county, limitLocalities: 100, limitMechanisms: 50) { level localities { code name practices } mechanisms { name practices } cells { localityCode mechanism practices } trimmed } }',
      }),
    };
    const figures: Record<string, string> = { 'graph served': ids.summary };
    let errors = 0;
    for (const [name, next] of Object.entries(loads)) {
      const run = await load(server.url, next);
      errors += run.errors;
      figures[`${name} p50/p95/p99`] =
        `${run.p50.toFixed(1)} / ${run.p95.toFixed(1)} / ${run.p99.toFixed(1)} ms, ${run.rps.toFixed(0)} req/s, ${run.errors} error(s) (${run.requests} requests, ${CONNECTIONS} connections)`;
    }
    figures['errors (all queries)'] = `${errors} (target 0)`;
    figures['kg serve memory (RSS)'] = residentMemory(server.pid);
    return figures;
  } finally {
    await server.stop();
  }
}

interface LoadRun {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

function load(url: string, next: (i: number) => Query): Promise<LoadRun> {
  let counter = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}graphql`,
        connections: CONNECTIONS,
        duration: SECONDS_PER_QUERY,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify(next(counter++)) }),
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        latencies.sort((a, b) => a - b);
        const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
        resolve({
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          rps: result.requests.average,
          requests: latencies.length,
          errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
        });
      },
    );
    // autocannon's tracker emits (client, status, bytes, responseTime); its typings leave out the client.
    instance.on('response', (...args: unknown[]) => latencies.push(Number(args[args.length - 1])));
  });
}

/** Practice ids to ask for, found through the API itself (so the bench does not depend on the generator's id scheme). */
async function sampleIds(url: string): Promise<{ practices: string[]; summary: string }> {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (answer.errors) throw new Error(`serverBench: ${JSON.stringify(answer.errors)}`);
    return answer.data ?? {};
  };
  const practices = new Set<string>();
  for (const text of SEARCH_WORDS) {
    const data = (await post(
      'query Ids($text: String!) { search(text: $text, labels: [Practice], limit: 100) { items { node { id } } } }',
      { text },
    )) as { search: { items: { node: { id: string } }[] } };
    for (const item of data.search.items) practices.add(item.node.id);
  }
  const { stats } = (await post('{ stats { practices nodes { count } } }')) as {
    stats: { practices: number; nodes: { count: number }[] };
  };
  if (practices.size === 0) throw new Error('serverBench: the search found no practices to ask for');
  return {
    practices: [...practices],
    summary: `${stats.practices} practices, ${stats.nodes.reduce((sum, n) => sum + n.count, 0)} nodes; ${practices.size} practice ids in rotation`,
  };
}

/** A process's resident memory now and at its peak, from /proc (Linux). */
function residentMemory(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return `${(kb('VmRSS') / 1024).toFixed(0)} MB now, peak ${(kb('VmHWM') / 1024).toFixed(0)} MB (target < 500 MB)`;
}
