import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, homeWithSample, isLoopback, launchChromium, root, startServe } from './serve-fixture.js';

/** Where e2e tests save their screenshots. */
export const shots = join(root, 'test-output', 'e2e');

/** Watches a page for what must never happen: a request off this machine, an uncaught error. */
export function watchPage(page: Page): { offMachine: string[]; errors: string[] } {
  const offMachine: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!isLoopback(r.url())) offMachine.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { offMachine, errors };
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  serveArgs?: string[];
  /** Runs on the fresh home (sample case in place) before the server starts, to set up a case. */
  prepare?: (home: string) => void | Promise<void>;
}

export interface ServedPage {
  home: string;
  serve: Awaited<ReturnType<typeof startServe>>;
  context: BrowserContext;
  page: Page;
  seen: ReturnType<typeof watchPage>;
}

/**
 * The set-up an e2e file shares: the app built and one Chromium for the file, and every
 * `dossier serve` it starts stopped at the end (also when a test timed out before its own
 * clean-up ran). `open()` gives a fresh home holding the sample case, served, and a watched page
 * in a new 1440×900 browser context.
 */
export function useServedApp(prefix: string): {
  open(options?: OpenOptions): Promise<ServedPage>;
} {
  const tempDir = useTempDir(prefix);
  let browser: Browser | undefined;
  const servers: { kill(signal: NodeJS.Signals): boolean }[] = [];
  beforeAll(async () => {
    buildApp();
    mkdirSync(shots, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) s.kill('SIGINT');
  });
  return {
    async open({ colorScheme = 'light', viewport = { width: 1440, height: 900 }, serveArgs, prepare } = {}) {
      if (!browser) throw new Error('Chromium is not running (beforeAll failed)');
      const home = tempDir();
      await homeWithSample(home);
      await prepare?.(home);
      const serve = await startServe(home, serveArgs);
      servers.push(serve.process);
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      return { home, serve, context, page, seen: watchPage(page) };
    },
  };
}
