import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, homeWithSample, isLoopback, launchChromium, root, startServe } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-');
const shots = join(root, 'test-output', 'e2e');
const STIX20 = join(root, 'test/fixtures/interchange/stix20-bundle.json');
let browser: Browser;
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

describe('import dialog, interchange files', () => {
  it('imports a STIX 2.0 bundle and tells the analyst, before and after the merge, what was upgraded', async () => {
    const home = tempDir();
    await homeWithSample(home);
    const serve = await startServe(home);
    servers.push(serve.process);
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' });
    const page = await context.newPage();
    const offMachine: string[] = [];
    page.on('request', (r) => {
      if (!isLoopback(r.url())) offMachine.push(r.url());
    });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Import bundle');
      await page.getByText('Import bundle or exchange file…').first().click();
      await page.locator('.modal h2', { hasText: 'Import bundle or exchange file' }).waitFor();
      await page.getByLabel('Upload a bundle or exchange file').setInputFiles(STIX20);
      await expect.poll(() => page.locator('.modal input').first().inputValue()).toMatch(/stix20-bundle\.json$/);
      await page.locator('.modal-foot').getByRole('button', { name: 'Preview merge' }).click();
      const notes = page.getByTestId('import-notes');
      await notes.waitFor();
      const previewText = await notes.textContent();
      expect(previewText).toMatch(/STIX 2\.0 upgraded to 2\.1/);
      expect(previewText).toMatch(/1 malware given is_family: true/);
      expect(previewText).toMatch(/2 observables embedded in 1 observed-data made top-level objects/);
      expect(await page.getByTestId('merge-summary').locator('p').first().textContent()).toMatch(/^\d+ new/);
      await page.screenshot({ path: join(shots, 'interchange-import-stix20-preview.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Merge into this case' }).click();
      await page.getByTestId('merge-summary').locator('h3', { hasText: 'Merged' }).waitFor();
      expect(await page.getByTestId('import-notes').textContent()).toMatch(/STIX 2\.0 upgraded to 2\.1/);
      await page.screenshot({ path: join(shots, 'interchange-import-stix20-merged.png') });
      expect(offMachine).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
