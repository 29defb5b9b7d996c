// Screenshots of the real app's chart on generated cases (not a benchmark): the opening view and
// the same chart zoomed in on its centre, where labels must read. Saved under test-output/chart/.
// `npx tsx test/bench/chart/shoot-real-ui.ts 100,1000,5000`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startServe } from '../../e2e/serve-fixture.js';
import { buildChartCase } from '../../helpers/chart-case.js';

const sizes = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const out = join(process.cwd(), 'test-output', 'chart');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'dossier-shoot-ui-'));
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const serve = await startServe(join(dir, `home-${n}`), [buildChartCase(dir, n)]);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.locator('.case-header h1').waitFor();
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      // Drawn = the test handle is installed (every element is in). Polled: the page's CSP
      // refuses the eval that waitForFunction would need.
      for (const end = Date.now() + 240_000; !(await page.evaluate('!!globalThis.dossierChart'));) {
        if (Date.now() > end) throw new Error(`chart of ${n} not drawn after 240 s`);
        await page.waitForTimeout(200);
      }
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
      await page.close();
      serve.process.kill();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
