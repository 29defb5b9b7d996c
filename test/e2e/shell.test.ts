import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPathsUnder } from '../../main/handlers/app-paths.js';
import { root } from './serve-fixture.js';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-');
const corpusFile = join(root, '..', 'shared', 'corpus', 'tajikistan-drone-strikes-2025-12-13.txt');

describe('the app in a browser, served by dossier serve', () => {
  it('start screen → sample case → import a corpus file → the new document and its entities appear', async () => {
    const { serve, context, page, seen } = await app.open();
    try {
      await page.goto(serve.url);
      expect(new URL(page.url()).search).toBe('');
      await page.getByRole('button', { name: 'Open sample case' }).waitFor();
      await page.screenshot({ path: join(shots, '01-start-screen.png') });

      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      const before = await page.getByTestId('case-counts').textContent();
      expect(before).toMatch(/^9 docs/);
      await page.locator('.doc-row').first().waitFor();
      await page.locator('.reader-text mark.mention').first().waitFor();
      await page.screenshot({ path: join(shots, '02-sample-case-documents.png') });

      await page.getByRole('button', { name: 'Import…' }).click();
      await page.getByTestId('import-input').setInputFiles(corpusFile);
      await page.getByRole('button', { name: 'Import 1 file' }).click();
      await page.locator('[data-testid="import-progress"][data-state="done"]').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.locator('.import-summary').textContent())
        .toMatch(/^1 document added, \d+ entities found\./);
      await expect.poll(() => page.locator('.file-done .file-state').textContent()).toMatch(/^added · \d+ entit/);
      await page.screenshot({ path: join(shots, '03-import-done.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Close' }).click();

      await expect.poll(() => page.getByTestId('case-counts').textContent()).toMatch(/^10 docs/);
      const row = page.locator('.doc-row', { hasText: 'tajikistan-drone-strikes' });
      await row.click();
      await page.locator('.reader-head h2', { hasText: 'tajikistan-drone-strikes' }).waitFor();
      // The heading paints before the mentions arrive, so wait for them rather than count at once.
      await expect.poll(() => page.locator('.reader-text mark.mention').count()).toBeGreaterThan(5);
      await page.locator('.reader-text mark.mention', { hasText: 'Uzbekistan' }).first().click();
      await page.locator('.inspector-head h2', { hasText: 'Uzbekistan' }).waitFor();
      await page.screenshot({ path: join(shots, '04-new-document-in-reader.png') });

      await page.getByRole('button', { name: /^Entities/ }).click();
      await page.getByLabel('Filter entities').fill('Uzbek');
      await page.locator('table.grid tbody tr', { hasText: 'Uzbekistan' }).waitFor();
      await page.getByLabel('Filter entities').fill('');
      await page.locator('table.grid tbody tr').nth(10).waitFor();
      await page.screenshot({ path: join(shots, '05-entities.png') });

      // The chart engineer's view mounts in the workspace slot, on the sample's overview chart.
      await page.getByRole('button', { name: /^Chart/ }).click();
      await page.locator('[data-slot="chart"] canvas').first().waitFor();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: join(shots, '08-chart-slot.png') });

      expect(seen.offMachine).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });

  it('looks right in the dark theme; the palette finds entities; mentions are reviewed from the keyboard with undo', async () => {
    const { home, serve, context, page, seen } = await app.open({ colorScheme: 'dark', serveArgs: ['--resume'] });
    try {
      await page.goto(serve.url);
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.locator('.reader-text mark.mention').first().waitFor();
      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Jump to an entity, a document or an action…').fill('rahmon');
      await page.locator('.palette-items li', { hasText: 'Emomali Rahmon' }).first().waitFor();
      await page.screenshot({ path: join(shots, '06-dark-palette.png') });
      await page.keyboard.press('Enter');
      await page.locator('.inspector-head h2', { hasText: 'Emomali Rahmon' }).waitFor();
      await page.screenshot({ path: join(shots, '07-dark-inspector.png') });

      // A link answers "why do we believe this?" with its cited passage and the source's grade.
      await page.locator('.link-list .link-type', { hasText: 'president of' }).click();
      await page.locator('.inspector .passage-quote', { hasText: 'President Emomali Rahmon' }).waitFor();
      await page.screenshot({ path: join(shots, '10-dark-link-inspector.png') });

      // Reviewing in the reader with the keyboard: J to the first mention, Enter accepts, Ctrl+Z undoes.
      await page.keyboard.press('j');
      const current = page.locator('.reader-text mark.mention.current');
      await current.waitFor();
      const start = await current.getAttribute('data-start');
      const at = page.locator(`.reader-text mark.mention[data-start="${start}"]`);
      expect(await at.getAttribute('class')).toContain('mention-suggested');
      await page.keyboard.press('Enter');
      await page.locator('.toast', { hasText: 'Accepted' }).waitFor();
      await expect.poll(() => at.getAttribute('class')).toContain('mention-confirmed');
      await page.keyboard.press('Control+z');
      await expect.poll(() => at.getAttribute('class')).toContain('mention-suggested');
      expect(await page.locator('.toast', { hasText: 'Accepted' }).count()).toBe(0);

      // Files dropped anywhere on the window open the import dialog with them.
      const text = readFileSync(
        join(root, '..', 'shared', 'corpus', 'dushanbe-counterterrorism-conference.txt'),
        'utf8',
      );
      const dropped = await page.evaluateHandle((t) => {
        // Runs in the page; typed loosely because this file is compiled without the DOM library.
        const page = globalThis as unknown as {
          DataTransfer: new () => { items: { add(f: unknown): void } };
          File: new (parts: string[], name: string, o: object) => unknown;
        };
        const dt = new page.DataTransfer();
        dt.items.add(new page.File([t], 'dushanbe-conference.txt', { type: 'text/plain' }));
        dt.items.add(new page.File(['\u0000\u0001binary'], 'scan.xyz', { type: 'application/octet-stream' }));
        return dt;
      }, text);
      await page.dispatchEvent('.workspace', 'dragover', { dataTransfer: dropped });
      await page.dispatchEvent('.workspace', 'drop', { dataTransfer: dropped });
      await page.locator('.file-list .file-name', { hasText: 'dushanbe-conference.txt' }).waitFor();
      await page.getByRole('button', { name: 'Import 2 files' }).click();
      await page.locator('[data-testid="import-progress"][data-state="done"]').waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.locator('.import-summary').textContent())
        .toMatch(/^1 document added, \d+ entities found, 1 skipped\.$/);
      expect(await page.locator('.file-skipped .file-state').textContent()).toMatch(/^skipped: .+/);
      await page.screenshot({ path: join(shots, '09-dark-import-dropped.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Close' }).click();

      // Export says what will leave before writing; the bundle then checks out and previews a merge.
      // The browser host writes exports only inside the app's exports folder (path grants).
      const out = join(appPathsUnder(home).cases, 'exports', 'out.casebundle');
      await page.keyboard.press('Control+e');
      await page.getByPlaceholder(/exports\/border\.casebundle$/).fill(out);
      await expect
        .poll(() => page.getByTestId('export-preview').textContent())
        .toMatch(/10 documents, .* original files included/);
      await page.screenshot({ path: join(shots, '11-dark-export.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Export' }).click();
      await page.locator('.modal h2', { hasText: 'Export written' }).waitFor();
      await page.locator('.modal-foot').getByRole('button', { name: 'Close' }).click();
      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Jump to an entity, a document or an action…').fill('import bundle');
      await page.keyboard.press('Enter');
      await page.getByPlaceholder('/home/analyst/in/colleague.casebundle').fill(out);
      await page.getByRole('button', { name: 'Check' }).click();
      await page.locator('.modal', { hasText: '✓ Intact' }).waitFor();
      await page.getByRole('button', { name: 'Preview merge' }).click();
      await expect
        .poll(() => page.getByTestId('merge-summary').textContent())
        .toMatch(/^What the merge will do0 new · 0 updated · \d+ unchanged/);
      expect(seen.offMachine).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
