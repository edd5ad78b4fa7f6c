/**
 * What the browser tests of the explorer share: a real server on a data directory (opened read-only as `kg serve`
 * does), Debian's chromium, pages that record page errors and long main-thread tasks (Long Tasks API) from the first
 * script on, screenshots into test-artifacts/web/, and GraphQL requests to compare the page with the store.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { createSqliteStore, type SqliteStore } from '../../graph/store/sqlite/create-sqlite-store';
import type { ServerLimits } from '../../server/limits/server-limits';
import { createJsonLogger } from '../../server/log/json-logger';
import { startServer, type RunningServer } from '../../server/start-server';
import { launchChromium } from './chromium';
import { ensureWebBuild } from './web-build';

export const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts', 'web');
export const STEP = 30_000;

export interface Harness {
  url: string;
  browser: Browser;
  /** Errors thrown in any page since the last call. */
  takeErrors(): string[];
  newPage(options?: { lang?: string }): Promise<Page>;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startHarness(
  dataDir: string,
  { limits }: { limits?: Partial<ServerLimits> } = {},
): Promise<Harness> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const webDir = ensureWebBuild();
  const store: SqliteStore = createSqliteStore({ dataDir, readOnly: true });
  await store.open();
  const server: RunningServer = await startServer({
    store,
    port: 0,
    webDir,
    log: createJsonLogger(() => undefined),
    ...(limits ? { limits } : {}),
  });
  const browser = await launchChromium();
  const errors: string[] = [];
  return {
    url: server.url,
    browser,
    takeErrors: () => errors.splice(0),
    async newPage() {
      const page = await browser.newPage({
        viewport: { width: 1440, height: 900 },
        locale: 'zh-CN',
        acceptDownloads: true,
      });
      page.setDefaultTimeout(STEP);
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(() => {
        const tasks: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = tasks;
        new PerformanceObserver((list) =>
          list.getEntries().forEach((entry) => tasks.push(Math.round(entry.duration))),
        ).observe({ type: 'longtask', buffered: true });
      });
      return page;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data)
        throw new Error(`graphql: ${body.errors?.[0]?.message ?? response.status}`);
      return body.data;
    },
    async close() {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}

export const ready = (page: Page) => page.waitForSelector('#app[data-ready]', { state: 'attached' });
export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
export const canvasElements = async (page: Page) =>
  Number(await page.getAttribute('[data-testid="canvas"]', 'data-elements'));
export const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());

/**
 * Waits until the canvas shows a view with more than `min` elements (and not mid-layout); when it does not, the error
 * says what the page showed instead (its notices: an error from the server, a layout still running).
 */
export async function canvasShows(page: Page, min: number): Promise<void> {
  try {
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="canvas"]')?.getAttribute('data-elements')) > n &&
        !document.querySelector('.graph-view.laying-out'),
      min,
    );
  } catch (error) {
    const seen = await page
      .evaluate(() => ({
        elements: document.querySelector('[data-testid="canvas"]')?.getAttribute('data-elements'),
        layingOut: document.querySelector('.graph-view.laying-out') !== null,
        notices: document.querySelector('.notices')?.textContent,
      }))
      .catch(() => null);
    throw new Error(`canvas never showed more than ${min} elements; the page showed ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
}
