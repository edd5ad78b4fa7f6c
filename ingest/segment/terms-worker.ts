/**
 * A worker thread that cuts practices into analysis terms (graph/analytics bulletin-terms.ts) with its own knowledge:
 * it receives batches of practices with the names to keep whole, and answers with each practice's terms.
 */
import { parentPort } from 'worker_threads';
import { segmentPractice } from '../../graph/analytics/bulletin-terms';
import { createKnowledge } from '../knowledge/create-knowledge';
import type { TermsBatch } from './terms-in-workers';

const port = parentPort;
if (!port) throw new Error('terms-worker: must run as a worker thread');
const knowledge = createKnowledge();
port.on('message', (batch: TermsBatch | null) => {
  if (batch === null) return void port.close();
  const answer = batch.items.map(
    ({ practice, whole }) =>
      [practice.id, [...segmentPractice({ practice, whole: new Set(whole), segmentation: knowledge.terms })]] as const,
  );
  // JSON crosses the thread boundary faster than a structured clone of many small arrays.
  port.postMessage(JSON.stringify(answer));
});
port.postMessage('ready');
