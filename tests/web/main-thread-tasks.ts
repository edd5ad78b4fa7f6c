/**
 * The page's main-thread tasks from a Chromium trace: each task's wall time and the CPU time the renderer's main
 * thread spent in it. On a machine whose cores are shared, a task's wall time also counts the time the scheduler gave
 * other processes; its CPU time is the work the page put in one task, which is what a long-task budget is about.
 */
import type { Browser, Page } from 'playwright-core';

export interface MainThreadTask {
  /** Milliseconds from the trace's first task. */
  start: number;
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `load` with tracing on in `page` and returns the renderer main thread's tasks of 10 ms or more. */
export async function traceMainThread(
  { browser, page }: { browser: Browser; page: Page },
  load: () => Promise<void>,
): Promise<MainThreadTask[]> {
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', '__metadata'] });
  try {
    await load();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  // A task's trace event is written when it ends: let the page run two more frames so the last task is in the trace.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  const trace = await browser.stopTracing();
  return mainThreadTasks(JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] });
}

function mainThreadTasks({ traceEvents }: { traceEvents: TraceEvent[] }): MainThreadTask[] {
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`) && e.dur !== undefined,
  );
  const first = Math.min(...tasks.map((e) => e.ts));
  return tasks
    .map((e) => ({
      start: Math.round((e.ts - first) / 1000),
      wallMs: Math.round(e.dur! / 1000),
      cpuMs: Math.round((e.tdur ?? e.dur!) / 1000),
    }))
    .filter((task) => task.wallMs >= 10);
}
