/**
 * A helper thread of ./page-reading-pool.ts: for each job, opens the PDF's bytes and reads the ranges of pages it
 * claims from the shared counter until none are left, sending each range's runs back as it goes.
 */
import { parentPort } from 'worker_threads';
import { claimRange, type PageJob, type PageJobMessage } from './page-reading-pool';
import { openPdf, readPageRange } from './page-runs';

const port = parentPort;
if (!port) throw new Error('page-reading-worker: must run as a worker thread');

port.on('message', (job: PageJob) => void read(job));

async function read({ id, bytes, claims, pages }: PageJob): Promise<void> {
  const send = (message: PageJobMessage) => port?.postMessage(message);
  const task = openPdf(bytes);
  try {
    const doc = await task.promise;
    const counter = new Int32Array(claims);
    const fontNames = new Map<string, string>();
    for (let range = claimRange(counter, pages); range; range = claimRange(counter, pages)) {
      send({
        id,
        from: range[0],
        json: JSON.stringify(await readPageRange({ doc, from: range[0], to: range[1], fontNames })),
      });
    }
    send({ id, done: true });
  } catch (error) {
    send({ id, done: true, error: String(error) });
  } finally {
    await task.destroy();
  }
}
