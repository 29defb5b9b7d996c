// Screenshots of the real app's chart on generated cases (not a benchmark): the opening view and
// the same chart zoomed in on its centre, where labels must read. Saved under test-output/chart/.
// `npx tsx test/bench/chart/shoot-real-ui.ts 100,1000,5000`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../e2e/serve-fixture.js';
import { clickChart, openChartCase, waitUntilDrawn } from './real-ui-page.js';

const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const out = join(process.cwd(), 'test-output', 'chart');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'dossier-shoot-ui-'));
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const { page, close } = await openChartCase(browser, dir, n);
    try {
      await clickChart(page);
      await waitUntilDrawn(page, n);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(out, `real-ui-${n}.png`) });
      const box = (await page.getByTestId('chart-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // Wheel in until labels are drawn (zoom 1: names at their full 11 px and more).
      for (let i = 0; i < 80 && Number(await page.evaluate('globalThis.dossierChart.zoom()')) < 1; i++) {
        await page.mouse.wheel(0, -240);
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(out, `real-ui-${n}-zoomed.png`) });
      console.log(`${n}: zoom ${await page.evaluate('globalThis.dossierChart.zoom()')}`);
    } finally {
      await close();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
