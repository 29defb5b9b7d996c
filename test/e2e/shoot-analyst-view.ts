// Screenshots of what an analyst sees of extraction on the sample case — the chart (whole case),
// the timeline, the events list, a document in the reader and a search by an event's count — for looking at by hand:
// `npm run build && npx tsx test/e2e/shoot-analyst-view.ts PREFIX` writes test-output/analyst/PREFIX-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { homeWithSample, launchChromium, root, startServe } from './serve-fixture.js';

const prefix = process.argv[2] ?? 'shot';
const shots = join(root, 'test-output', 'analyst');
mkdirSync(shots, { recursive: true });
const home = mkdtempSync(join(tmpdir(), 'dossier-analyst-'));
await homeWithSample(home);
const serve = await startServe(home);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const shoot = (name: string) => page.screenshot({ path: join(shots, `${prefix}-${name}.png`) });
  const open = (label: string) => page.locator('.rail').getByRole('button', { name: label }).click();
  await page.goto(`${serve.url}#test-hooks`);
  await page.getByRole('button', { name: 'Open sample case' }).click();
  await page.locator('.case-header h1').waitFor();
  await open('Chart');
  await page.getByTestId('chart-canvas').waitFor();
  await page.waitForTimeout(2500);
  await page.getByRole('button', { name: 'New chart from case' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  // Idle = no busy note for a whole second (a layout follows loading).
  await page.waitForTimeout(1500);
  for (let quiet = 0; quiet < 5;) {
    await page.waitForTimeout(200);
    quiet = (await page.getByTestId('chart-busy').count()) ? 0 : quiet + 1;
  }
  await page.waitForTimeout(500);
  await shoot('chart');
  await open('Timeline');
  await page.waitForTimeout(3000);
  await shoot('timeline');
  await open('Events');
  await page.waitForTimeout(2000);
  await shoot('events');
  await open('Documents');
  await page.waitForTimeout(1500);
  await shoot('documents');
  await page.getByText('Statement of the Ministry of Foreign Affairs', { exact: false }).first().dblclick();
  await page.waitForTimeout(2000);
  await shoot('reader');
  // The incident log: a table dated by its latest row, with where the date came from.
  await open('Documents');
  await page.waitForTimeout(1000);
  await page.getByText('09-incidents.csv', { exact: false }).first().dblclick();
  await page.waitForTimeout(2000);
  await shoot('reader-csv');
  await open('Search');
  await page.getByLabel('Search', { exact: true }).fill('killed 8');
  await page.waitForTimeout(2000);
  await shoot('search-counts');
} finally {
  await browser.close();
  serve.process.kill();
  rmSync(home, { recursive: true, force: true });
}
