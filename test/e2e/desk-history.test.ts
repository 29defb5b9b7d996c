import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../preload/contract.js';
import { pageApi } from './serve-fixture.js';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-history-');

// The page's CSP forbids eval: page-side code reaches the chart's test handle through globalThis.
type WithChart = {
  dossierChart?: { positions(): Record<string, unknown>; screenPosition(id: string): { x: number; y: number } };
};
const chartPlaced = () => Object.keys((globalThis as unknown as WithChart).dossierChart?.positions() ?? {}).length > 0;

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

  it('opening the chart is no undo step; Open in reader from a node; New event and New entity from the palette and the keyboard', async () => {
    const { serve, context, page, seen } = await app.open();
    const undoButton = page.locator('.history-buttons button').first();
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();

      // The sample chart is laid out and saved on first open, and that is not the analyst's move.
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      await page.getByTestId('chart-canvas').waitFor();
      await expect.poll(() => page.evaluate(chartPlaced), { timeout: 60_000 }).toBe(true);
      await page.getByTestId('chart-busy').waitFor({ state: 'detached', timeout: 60_000 });
      await page.waitForTimeout(1_000);
      expect(await undoButton.getAttribute('aria-label')).toBe('Nothing to undo');

      // Right-click an entity node: Open in reader opens its first passage, highlighted.
      const chartId = await page.getByLabel('Chart', { exact: true }).inputValue();
      const data = await pageApi<ChartData>(page, 'chart:get', { chartId });
      const node = data.nodes.find((n) => n.kind === 'entity' && n.mentions > 0)!;
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      const box = (await page.getByTestId('chart-canvas').boundingBox())!;
      const at = await page.evaluate(
        (id) => (globalThis as unknown as WithChart).dossierChart!.screenPosition(id),
        node.id,
      );
      await page.mouse.click(box.x + at.x, box.y + at.y, { button: 'right' });
      const menu = page.getByRole('menu', { name: `Actions for ${node.label}` });
      await menu.getByRole('menuitem', { name: 'Open in reader' }).waitFor();
      await page.screenshot({ path: join(shots, 'history-07-node-menu.png') });
      await menu.getByRole('menuitem', { name: 'Open in reader' }).click();
      await page.locator('.reader-text .focus-hit').first().waitFor();
      const detail = await pageApi<{ citations: { documentTitle: string; quote: string }[] }>(page, 'entities:get', {
        id: node.id,
      });
      const first = detail.citations[0]!;
      await page.locator('article.reader', { has: page.locator('h2', { hasText: first.documentTitle }) }).waitFor();
      const hit = (await page.locator('.reader-text .focus-hit').first().textContent())!;
      expect(hit.length).toBeGreaterThan(0);
      expect(first.quote).toContain(hit);
      await page.screenshot({ path: join(shots, 'history-08-node-opened-in-reader.png') });

      // From the documents view the palette offers New event… with its shortcut; it opens the events view's form.
      await page.keyboard.press('Control+k');
      await page.getByPlaceholder('Jump to an entity, a document or an action…').fill('new');
      const item = page.locator('.palette-items li', { hasText: 'New event…' });
      expect(await item.locator('.palette-hint').textContent()).toBe('Ctrl Shift D');
      await page.screenshot({ path: join(shots, 'history-09-palette-new.png') });
      await item.click();
      await page.getByRole('dialog', { name: 'New event' }).waitFor();
      expect(await page.locator('main.view').getAttribute('aria-label')).toBe('events');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'New event' }).waitFor({ state: 'detached' });

      // Ctrl+Shift+E: New entity, in the entities view, and the entity is created from that form.
      await page.keyboard.press('Control+Shift+E');
      const form = page.getByRole('dialog', { name: 'New entity' });
      await form.waitFor();
      expect(await page.locator('main.view').getAttribute('aria-label')).toBe('entities');
      await form.getByLabel('Name').fill('Palette-made Person');
      await form.getByRole('button', { name: 'Create entity' }).click();
      await expect.poll(() => undoButton.getAttribute('aria-label')).toMatch(/^Undo .*Palette-made Person/);
      expect(seen.offMachine).toEqual([]);
      expect(seen.errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
