import { appPathsUnder } from '../../main/handlers/app-paths.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, homeWithSample, isLoopback, launchChromium, root, startServe } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-');
const shots = join(root, 'test-output', 'e2e');
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

describe('export dialog, new interchange formats', () => {
  it('offers GEXF, XLSX and Cytoscape JSON and writes an XLSX workbook', async () => {
    const home = tempDir();
    await homeWithSample(home);
    const serve = await startServe(home);
    servers.push(serve.process);
    const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, colorScheme: 'light' });
    const page = await context.newPage();
    const offMachine: string[] = [];
    page.on('request', (r) => {
      if (!isLoopback(r.url())) offMachine.push(r.url());
    });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.keyboard.press('Control+e');
      const options = await page.locator('.modal select').first().locator('option').allTextContents();
      expect(options).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^GEXF/),
          expect.stringMatching(/^Excel workbook/),
          expect.stringMatching(/^Cytoscape JSON/),
        ]),
      );
      await page.locator('.modal select').first().selectOption('xlsx');
      // The browser host writes exports inside the app's exports folder only (path grants).
      const out = join(appPathsUnder(home).cases, 'exports', 'out.xlsx');
      await page.getByPlaceholder(/exports\/border\.xlsx$/).fill(out);
      await page.screenshot({ path: join(shots, 'interchange-export-xlsx.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Export' }).click();
      await page.locator('.modal h2', { hasText: 'Export written' }).waitFor();
      expect(await page.locator('.modal p').first().textContent()).toMatch(
        /entities, \d+ links \(sheets Entities and Links\)/,
      );
      await page.screenshot({ path: join(shots, 'interchange-export-xlsx-written.png') });
      expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(offMachine).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
