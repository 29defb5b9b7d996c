import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../main/core/bundle/export-bundle.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import { appPathsUnder } from '../../main/handlers/app-paths.js';
import { samplePathOf } from '../../main/handlers/sample-path.js';
import { root } from './serve-fixture.js';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-');
const STIX20 = join(root, 'test/fixtures/interchange/stix20-bundle.json');

describe('import dialog, interchange files', () => {
  it('imports a STIX 2.0 bundle and tells the analyst, before and after the merge, what was upgraded', async () => {
    const { serve, context, page, seen } = await app.open({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Import bundle');
      await page.getByText('Import bundle or exchange file…').first().click();
      await page.locator('.modal h2', { hasText: 'Import bundle or exchange file' }).waitFor();
      await page.getByLabel('Upload a bundle or exchange file').setInputFiles(STIX20);
      await expect.poll(() => page.locator('.modal input').first().inputValue()).toBe('stix20-bundle.json (uploaded)');
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
      expect(seen.offMachine).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });

  it('lists a both-sides rename with both values and merges the value the analyst chose to keep', async () => {
    let bundle = '';
    // Alice's case is the sample; Bob has a copy. Both rename the same organisation, Bob later.
    let alicePath = '';
    let org = { id: '', label: '' };
    const { serve, context, page } = await app.open({
      viewport: { width: 1280, height: 900 },
      prepare: async (home) => {
        alicePath = samplePathOf(appPathsUnder(home));
        const bobPath = join(home, 'bob.dossier');
        copyFileSync(alicePath, bobPath);
        const alice = CaseStore.open(alicePath);
        org = alice.list('entity', { type: 'organization' })[0]!;
        alice.update('entity', org.id, { label: `${org.label} (Alice)` });
        alice.close();
        await new Promise((r) => setTimeout(r, 10));
        const bob = CaseStore.open(bobPath);
        bob.update('entity', org.id, { label: `${org.label} (Bob)` });
        bundle = join(home, 'from-bob.casebundle');
        exportBundle(bob, bundle);
        bob.close();
      },
    });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Import bundle');
      await page.getByText('Import bundle or exchange file…').first().click();
      await page.getByLabel('Upload a bundle or exchange file').setInputFiles(bundle);
      await expect.poll(() => page.locator('.modal input').first().inputValue()).toBe('from-bob.casebundle (uploaded)');
      await page.locator('.modal-foot').getByRole('button', { name: 'Check' }).click();
      await page.locator('.modal-foot').getByRole('button', { name: 'Preview merge' }).click();
      const conflicts = page.getByTestId('conflicts');
      await conflicts.waitFor();
      expect(await conflicts.textContent()).toContain(`${org.label} (Alice)`);
      expect(await conflicts.textContent()).toContain(`${org.label} (Bob)`);
      // The later edit (Bob's) is preselected; the analyst keeps her own.
      expect(await conflicts.getByLabel('Keep incoming').isChecked()).toBe(true);
      await conflicts.getByLabel("Keep this case's").check();
      // Accept every change the unsigned bundle would make, so only the keep choice can hold Alice's name.
      for (const box of await page.getByTestId('local-changes').getByRole('checkbox').all()) await box.check();
      await page.screenshot({ path: join(shots, 'interchange-import-conflict-preview.png') });
      await page.locator('.modal-foot').getByRole('button', { name: 'Merge into this case' }).click();
      await page.getByTestId('merge-summary').locator('h3', { hasText: 'Merged' }).waitFor();
      expect(await page.getByTestId('conflicts').getByLabel("Keep this case's").isChecked()).toBe(true);
      const localChanges = await page.getByTestId('local-changes').textContent();
      expect(localChanges).not.toMatch(/trusted key/);
      expect(localChanges).toMatch(/both sides changed: this case's value kept/);
      await page.screenshot({ path: join(shots, 'interchange-import-conflict-merged.png') });
    } finally {
      await context.close();
      // The server holds the case's lock until it exits.
      const exited = new Promise((r) => serve.process.once('exit', r));
      serve.process.kill('SIGINT');
      await exited;
    }
    const after = CaseStore.open(alicePath);
    expect(after.require('entity', org.id).label).toBe(`${org.label} (Alice)`);
    after.close();
  });
});
