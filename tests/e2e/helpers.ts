import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
// @ts-expect-error plain ESM harness shared with the demo script
import { startServer } from '../harness/server.mjs';
// @ts-expect-error plain ESM harness shared with the demo script
import { launchBrowser } from '../harness/browser.mjs';

export interface Server {
  port: number;
  requests: { host: string; path: string }[];
  setRoute(host: string, path: string, body: string | (() => string)): void;
  close(): Promise<void>;
}
export interface Browser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export async function startHarness(opts: { userDataDir?: string } = {}): Promise<{ server: Server; browser: Browser }> {
  const server = (await startServer()) as Server;
  const browser = (await launchBrowser({ port: server.port, ...opts })) as Browser;
  return { server, browser };
}

export const HOST_TAG = 'taiwan-city-lens';

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** One server and one Chromium for a test file, closed after it. */
export function useHarness(opts: { userDataDir?: string } = {}): { server: Server; browser: Browser } {
  const h = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    Object.assign(h, await startHarness(opts));
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}
