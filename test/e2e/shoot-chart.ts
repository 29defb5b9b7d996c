// Screenshots of the chart and timeline on the sample case, for looking at by hand:
// `npx tsx test/e2e/shoot-chart.ts PREFIX` writes test-output/e2e/PREFIX-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homeWithSample, launchChromium, root, startServe } from './serve-fixture.js';

const prefix = process.argv[2] ?? 'shot';
const shots = join(root, 'test-output', 'e2e');
mkdirSync(shots, { recursive: true });
const home = mkdtempSync(join(tmpdir(), 'dossier-shoot-'));
await homeWithSample(home);
const serve = await startServe(home);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${serve.url}#test-hooks`);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await page.locator('.case-header h1').waitFor();
  await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
  await page.getByTestId('chart-canvas').waitFor();
  // Idle = no busy note for a whole second (a layout may follow loading).
  const idle = async () => {
    for (let quiet = 0; quiet < 5;) {
      await page.waitForTimeout(200);
      quiet = (await page.getByTestId('chart-busy').count()) ? 0 : quiet + 1;
    }
  };
  await page.waitForTimeout(1500);
  await idle();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, `${prefix}-sample-chart.png`) });
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(shots, `${prefix}-sample-fit.png`) });
  await page.getByRole('button', { name: 'New chart from case' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForTimeout(1500);
  await idle();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, `${prefix}-whole-case.png`) });
  await page.locator('.rail').getByRole('button', { name: 'Timeline' }).click();
  await page.waitForTimeout(3000);
  await page.screenshot({ path: join(shots, `${prefix}-timeline.png`) });
} finally {
  await browser.close();
  serve.process.kill();
  rmSync(home, { recursive: true, force: true });
}
