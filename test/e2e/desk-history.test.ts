import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-history-');

const KEEP = 'Ministry of Foreign Affairs';
const MERGED = 'Ministry of Foreign Affairs of Tajikistan';
const SUMMARY = `merge "${MERGED}" into "${KEEP}"`;

describe('history in the browser: duplicates queue → merge → undo → redo → reload → undo → audit', () => {
  it('undoes and redoes a merge from the keyboard and the header, across a reload, and the audit view shows it as a merge', async () => {
    const { serve, context, page, seen } = await app.open();
    const undoButton = page.locator('.history-buttons button').first();
    const redoButton = page.locator('.history-buttons button').nth(1);
    const card = page
      .locator('.dup-card')
      .filter({ has: page.locator('.chip-label', { hasText: new RegExp(`^${MERGED}$`) }) });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      expect(await undoButton.getAttribute('aria-label')).toBe('Nothing to undo');

      // The queue proposes the two names for one ministry, with the reason.
      await page.getByRole('button', { name: /^Duplicates/ }).click();
      await card.waitFor();
      expect(await card.locator('.dup-reason').textContent()).toBe(`"${MERGED}" is "${KEEP}" with a qualifier`);
      await page.screenshot({ path: join(shots, 'history-01-duplicates-queue.png') });

      await card.getByRole('button', { name: `Keep “${KEEP}”` }).click();
      await page.locator('.toast', { hasText: `Merged "${MERGED}" into "${KEEP}"` }).waitFor();
      await card.waitFor({ state: 'detached' });
      await expect.poll(() => undoButton.getAttribute('aria-label')).toBe(`Undo ${SUMMARY}`);
      await page.screenshot({ path: join(shots, 'history-02-merged.png') });

      // Ctrl+Z undoes it: the pair is proposed again and Redo names the merge.
      await page
        .locator('.toast', { hasText: 'Merged' })
        .waitFor({ state: 'detached', timeout: 1 })
        .catch(() => undefined);
      await page.locator('.dup-scroll').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+z');
      await page.locator('.toast', { hasText: `Undone: ${SUMMARY}` }).waitFor();
      await card.waitFor();
      await expect.poll(() => redoButton.getAttribute('aria-label')).toBe(`Redo ${SUMMARY}`);
      await page.screenshot({ path: join(shots, 'history-03-undone.png') });

      // Ctrl+Shift+Z redoes it.
      await page.keyboard.press('Control+Shift+z');
      await page.locator('.toast', { hasText: `Redone: ${SUMMARY}` }).waitFor();
      await card.waitFor({ state: 'detached' });
      await expect.poll(() => undoButton.getAttribute('aria-label')).toBe(`Undo ${SUMMARY}`);
      expect(await redoButton.isDisabled()).toBe(true);

      // The journal is in the case file: after a reload the header still offers to undo the merge.
      await page.reload();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await expect.poll(() => undoButton.getAttribute('aria-label')).toBe(`Undo ${SUMMARY}`);
      await undoButton.click();
      await page.locator('.toast', { hasText: `Undone: ${SUMMARY}` }).waitFor();
      await page.getByRole('button', { name: /^Duplicates/ }).click();
      await card.waitFor();

      // The audit view shows the merge as a merge (undone since), with its before/after.
      await page.getByRole('button', { name: /^Audit/ }).click();
      const mergeRow = page
        .locator('.audit-row', { hasText: SUMMARY })
        .filter({ has: page.locator('.audit-kind', { hasText: /^Merge$/ }) });
      await mergeRow.waitFor();
      expect(await mergeRow.locator('.audit-undone').textContent()).toBe('undone');
      const kinds = await page.locator('.audit-row .audit-kind').allTextContents();
      expect(kinds.slice(0, 4)).toEqual(['Undo', 'Redo', 'Undo', 'Merge']);
      await mergeRow.click();
      await page.locator('.audit-detail .audit-change-deleted', { hasText: MERGED }).waitFor();
      await page.screenshot({ path: join(shots, 'history-04-audit.png') });
      await page.getByLabel('Kind').selectOption('merge');
      await expect.poll(() => page.getByTestId('audit-range').textContent()).toBe('1–1 of 1');
      await page.getByLabel('Filter the audit log').fill('no such thing anywhere');
      await page.locator('.audit-view .empty', { hasText: 'Nothing in the log matches.' }).waitFor();

      expect(seen.offMachine).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });

  it('the palette runs actions (merge the ticked entities, undo it) and an entity dragged from the inspector lands on the chart', async () => {
    const { serve, context, page, seen } = await app.open({ colorScheme: 'dark' });
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await page.getByRole('button', { name: /^Entities/ }).click();
      await page.getByLabel('Filter entities').fill('Ministry of Foreign Affairs');
      await page.getByLabel(`Select ${KEEP}`, { exact: true }).check();
      await page.getByLabel(`Select ${MERGED}`, { exact: true }).check();

      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Jump to an entity, a document or an action…').fill('merge');
      const action = page.locator('.palette-items li', { hasText: `Merge 2 selected into “${KEEP}”` });
      await action.waitFor();
      await page.screenshot({ path: join(shots, 'history-05-palette-action.png') });
      await page.keyboard.press('Enter');
      await page.locator('.toast', { hasText: `Merged "${MERGED}" into "${KEEP}"` }).waitFor();
      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Jump to an entity, a document or an action…').fill('undo');
      await page.locator('.palette-items li', { hasText: `Undo ${SUMMARY}` }).click();
      await page.locator('.toast', { hasText: `Undone: ${SUMMARY}` }).waitFor();

      // Drag an entity from the inspector onto the chart: one undoable chart edit.
      await page.locator('table.grid tbody tr', { hasText: MERGED }).click();
      await page.locator('.inspector-head h2', { hasText: MERGED }).waitFor();
      await page.getByRole('button', { name: /^Chart/ }).click();
      await page.locator('[data-slot="chart"] canvas').first().waitFor();
      await page
        .locator('.inspector-head')
        .dragTo(page.getByTestId('chart-drop-zone'), { targetPosition: { x: 300, y: 300 } });
      await expect
        .poll(() => page.locator('.history-buttons button').first().getAttribute('aria-label'))
        .toMatch(/^Undo (add|move) 1 node on chart "/);
      await page.waitForTimeout(800);
      await page.screenshot({ path: join(shots, 'history-06-dropped-on-chart.png') });
      expect(seen.offMachine).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
