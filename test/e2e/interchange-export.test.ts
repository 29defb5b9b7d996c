import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPathsUnder } from '../../main/handlers/app-paths.js';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-');

describe('export dialog, new interchange formats', () => {
  it('offers GEXF, XLSX and Cytoscape JSON and writes an XLSX workbook', async () => {
    const { home, serve, context, page, seen } = await app.open({ viewport: { width: 1280, height: 820 } });
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
      expect(seen.offMachine).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
