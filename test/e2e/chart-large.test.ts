import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartData } from '../../preload/contract/chart.js';
import { buildChartCase } from '../helpers/chart-case.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, launchChromium, pageApi, root, startServe } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-chart-large-');

let browser: Browser;
beforeAll(async () => {
  buildApp();
  browser = await launchChromium();
});
const servers: { kill(signal: NodeJS.Signals): boolean }[] = [];
afterAll(async () => {
  await browser?.close();
  for (const s of servers) s.kill('SIGINT');
});

type Positions = Record<string, { x: number; y: number }>;
const positionsIn = () =>
  (globalThis as unknown as { dossierChart?: { positions(): Positions } }).dossierChart?.positions() ?? {};

describe('a chart of 600 entities seeded from the case', () => {
  it('is laid out before it is drawn, filled in short tasks and drawn once complete, saved once, and reopens where it was', async () => {
    const dir = tempDir();
    const casePath = buildChartCase(dir, 600);
    const serve = await startServe(join(dir, 'home'), [casePath]);
    servers.push(serve.process);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      await page.getByTestId('chart-canvas').waitFor();
      // Drawn only once every node is in (the handle appears then), and only after the layout.
      await expect
        .poll(async () => Object.keys(await page.evaluate(positionsIn)).length, { timeout: 120_000 })
        .toBe(600);
      await page.getByTestId('chart-busy').waitFor({ state: 'detached', timeout: 120_000 });
      const chartId = await page.getByLabel('Chart', { exact: true }).inputValue();
      await expect
        .poll(async () => (await pageApi<ChartData>(page, 'chart:get', { chartId })).settings.needsLayout, {
          timeout: 30_000,
        })
        .toBe(false);
      const drawn = await page.evaluate(positionsIn);
      const saved = await pageApi<ChartData>(page, 'chart:get', { chartId });
      // The provisional spiral (45·√i from the centre) is gone: the saved layout is what is drawn.
      for (const p of saved.placements) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        expect(Math.abs(drawn[p.subjectId]!.x - p.x)).toBeLessThan(0.01);
        expect(Math.abs(drawn[p.subjectId]!.y - p.y)).toBeLessThan(0.01);
      }
      const spiral = saved.placements.filter((p, i) => Math.abs(p.x - 45 * Math.sqrt(i) * Math.cos(i * 2.4)) < 0.01);
      expect(spiral.length).toBeLessThan(10);
      await page.screenshot({ path: join(root, 'test-output', 'e2e', 'chart-large-600.png') });

      await page.waitForTimeout(1200); // the debounced view save
      await page.reload();
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      await expect
        .poll(async () => Object.keys(await page.evaluate(positionsIn)).length, { timeout: 120_000 })
        .toBe(600);
      expect(await page.evaluate(positionsIn)).toEqual(drawn);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
