/**
 * One autocannon run over loopback against /graphql, counted the way the server's limits need: answers (200), busy
 * refusals (503, counted apart), errors (socket errors, other statuses, GraphQL errors in a 200) and timeouts, with
 * the latency percentiles of the answers, requests per second, and the server's memory at the end.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'fs';

export interface LoadRunInput {
  url: string;
  connections: number;
  seconds: number;
  /** The request body for the i-th request. */
  body: (i: number) => string;
  /** The server process, for its memory. */
  serverPid: number;
}

export interface LoadRun {
  rps: number;
  answered: number;
  p50: number;
  p99: number;
  busy: number;
  errors: number;
  timeouts: number;
  rssMb: number;
}

export function loadRun(input: LoadRunInput): Promise<LoadRun> {
  let counter = 0;
  let graphqlErrors = 0;
  const answeredMs: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${input.url}graphql`,
        connections: input.connections,
        duration: input.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: input.body(counter++) }),
            // Apollo writes `errors` first, so a GraphQL error shows at the start of the body.
            onResponse: (status, body) => {
              if (status === 200 && body.startsWith('{"errors"')) graphqlErrors++;
            },
          },
        ],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        answeredMs.sort((a, b) => a - b);
        const at = (q: number) => answeredMs[Math.min(answeredMs.length - 1, Math.floor(q * answeredMs.length))] ?? 0;
        const other = [...statuses]
          .filter(([status]) => status !== 200 && status !== 503)
          .reduce((sum, [, count]) => sum + count, 0);
        resolve({
          rps: result.requests.average,
          answered: answeredMs.length,
          p50: at(0.5),
          p99: at(0.99),
          busy: statuses.get(503) ?? 0,
          errors: result.errors - result.timeouts + other + graphqlErrors,
          timeouts: result.timeouts,
          rssMb: rssMb(input.serverPid),
        });
      },
    );
    // autocannon's tracker emits (client, status, bytes, responseTime); its typings leave out the client.
    instance.on('response', (...args: unknown[]) => {
      const status = Number(args[1]);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 200) answeredMs.push(Number(args[args.length - 1]));
    });
  });
}

/** Resident memory of a process now, in MB (VmRSS). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb === undefined ? Number.NaN : Number(kb) / 1024;
}
