// The real app's chart on a generated case, as the real-UI benchmark, profile and screenshots
// open it: `dossier serve` on a case of `n` linked entities whose one chart is not laid out yet
// (test/helpers/chart-case.ts), the app in headless Chromium at 1440×900, the Chart view opened
// from the rail.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServe } from '../../e2e/serve-fixture.js';
import { buildChartCase } from '../../helpers/chart-case.js';

export interface RealUiChart {
  page: Page;
  /** Stops the page and its `dossier serve`. */
  close(): Promise<void>;
}

/** Serves a generated case of `n` entities (under `dir`) and loads the app, test hooks on. */
export async function openChartCase(browser: Browser, dir: string, n: number): Promise<RealUiChart> {
  const serve = await startServe(join(dir, `home-${n}`), [buildChartCase(dir, n)]);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(`${serve.url}#test-hooks`);
    await page.locator('.case-header h1').waitFor();
  } catch (e) {
    serve.process.kill();
    throw e;
  }
  return {
    page,
    close: async () => {
      await page.close();
      serve.process.kill();
    },
  };
}

/** Opens the Chart view from the rail. */
export async function clickChart(page: Page): Promise<void> {
  await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
}

/**
 * Waits until the chart is laid out and drawn: every element is in (the test handle is installed
 * then) and no busy note for a second (five polls 200 ms apart). Polled: the page's CSP refuses
 * the eval that waitForFunction would need.
 */
export async function waitUntilDrawn(page: Page, n: number, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await page.getByTestId('chart-canvas').waitFor({ timeout: timeoutMs });
  for (let quiet = 0; quiet < 5;) {
    if (Date.now() > deadline) throw new Error(`chart of ${n} not drawn after ${timeoutMs / 1000} s`);
    await page.waitForTimeout(200);
    const busy = await page.getByTestId('chart-busy').count();
    const drawn = await page.evaluate('globalThis.dossierChart ? 1 : 0');
    quiet = busy || !drawn ? 0 : quiet + 1;
  }
}

/** The quiet second `waitUntilDrawn` waits for, to take off a time measured through it. */
export const DRAWN_QUIET_MS = 1000;
