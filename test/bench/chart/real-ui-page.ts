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

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A point on the chart's canvas (page px) with no node or node label within 6 px, nearest the
 * middle: a drag that starts on a node moves the node instead of panning (at 5,000 nodes the
 * middle of the canvas is on one).
 */
export async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
  const canvas = (await page.getByTestId('chart-canvas').boundingBox())!;
  const drawn = (await page.evaluate('globalThis.dossierChart.drawnBoxes()')) as { body: Box; label: Box | null }[];
  const boxes = drawn.flatMap((d) => (d.label ? [d.body, d.label] : [d.body]));
  const clear = (x: number, y: number) =>
    boxes.every((b) => x < b.x1 - 6 || x > b.x2 + 6 || y < b.y1 - 6 || y > b.y2 + 6);
  let best: { x: number; y: number; d: number } | null = null;
  for (let x = 20; x < canvas.width - 20; x += 4)
    for (let y = 20; y < canvas.height - 20; y += 4) {
      const d = Math.hypot(x - canvas.width / 2, y - canvas.height / 2);
      if ((!best || d < best.d) && clear(x, y)) best = { x, y, d };
    }
  if (best) return { x: canvas.x + best.x, y: canvas.y + best.y };
  throw new Error('no empty spot on the chart to drag from');
}

/**
 * Drags the chart about from `start` (page px) as a hand would: 40 moves of a few px each, left
 * and down, then back right. (Jumping 80 px at the first move passed the pointer over nodes
 * before the pan began, which changed their labels.)
 */
export async function dragAcross(page: Page, start: { x: number; y: number }): Promise<void> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    const dx = i <= 20 ? -4 * i : -80 + 4 * (i - 20);
    await page.mouse.move(start.x + dx, start.y + 2 * i, { steps: 1 });
  }
  await page.mouse.up();
}
