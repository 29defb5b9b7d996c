import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isLoopback } from './serve-fixture.js';
import { shots, useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-desk-');

// Runs in the page: selects the first occurrence of a phrase in the reader's text the way a
// mouse drag does (a DOM range over the text nodes), then releases the button.
const SELECT_PHRASE = `(phrase) => {
  const root = document.querySelector('.reader-text');
  const full = root.textContent;
  const at = full.indexOf(phrase);
  if (at < 0) throw new Error('phrase not in the reader: ' + phrase);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent.length;
    if (!started && at < seen + len) { range.setStart(node, at - seen); started = true; }
    if (started && at + phrase.length <= seen + len) { range.setEnd(node, at + phrase.length - seen); break; }
    seen += len;
  }
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}`;

async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.evaluate(`(${SELECT_PHRASE})(${JSON.stringify(phrase)})`);
  await page.locator('.selection-popover').waitFor();
}

describe("the analyst's desk in a browser", () => {
  it('reader selection → new entity → typed property → event with two participants and a citation → typed link', async () => {
    const { serve, context, page } = await app.open();
    const errors: string[] = [];
    const offMachine: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => !isLoopback(r.url()) && offMachine.push(r.url()));
    try {
      await page.goto(serve.url);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.doc-row', { hasText: '01-field-report-gbao-strikes' }).click();
      await page.locator('.reader-text', { hasText: 'mountain road section' }).waitFor();
      await expect.poll(() => page.getByTestId('document-sha256').textContent()).toMatch(/^SHA-256 [0-9a-f]{16}…/);

      // Select → Create entity…: the label is the selection, the selection its first mention.
      await selectPhrase(page, 'mountain road section');
      await page.screenshot({ path: join(shots, 'desk-01-selection-popover.png') });
      await page.getByRole('button', { name: 'Create entity…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New entity' });
      expect(await dialog.locator('input[name="entity-label"]').inputValue()).toBe('mountain road section');
      await dialog.getByLabel('Type').selectOption('location');
      await dialog.getByRole('button', { name: 'Create entity' }).click();
      await page.locator('.toast', { hasText: 'Created "mountain road section" with its first mention' }).waitFor();
      await page.locator('.inspector-head h2', { hasText: 'mountain road section' }).waitFor();
      await expect
        .poll(() => page.locator('.reader-text mark.mention-confirmed', { hasText: 'mountain road section' }).count())
        .toBe(1);

      // A typed property: a wrong value is refused at the field, a right one is saved.
      const props = page.getByRole('form', { name: 'Properties' });
      await props.locator('input[name="latitude"]').fill('95');
      await props.getByRole('alert').filter({ hasText: 'a latitude lies between −90 and 90' }).waitFor();
      expect(await props.getByRole('button', { name: 'Save properties' }).isDisabled()).toBe(true);
      await props.locator('input[name="latitude"]').fill('37.49');
      await props.locator('input[name="country"]').fill('tj');
      await props.locator('.field-hint', { hasText: 'Tajikistan' }).waitFor();
      await page.screenshot({ path: join(shots, 'desk-02-entity-detail-properties.png') });
      await props.getByRole('button', { name: 'Save properties' }).click();
      await page.locator('.toast', { hasText: 'Saved "mountain road section"' }).waitFor();
      await expect.poll(() => props.locator('input[name="country"]').inputValue()).toBe('TJ');

      // Select a passage → Cite for… → a new event with two participants, the passage cited.
      await selectPhrase(
        page,
        'Two construction camps in the Gorno-Badakhshan Autonomous Region (GBAO) of Tajikistan were hit by small armed drones',
      );
      await page.getByRole('button', { name: 'Cite for…' }).click();
      await page.getByRole('button', { name: 'A new event…' }).click();
      const ev = page.getByRole('dialog', { name: 'New event' });
      await ev.locator('input[name="event-title"]').fill('Drone strikes on Chinese-funded camps');
      await ev.locator('input[name="event-type"]').fill('attack');
      await ev.locator('input[name="event-start"]').fill('2025-11-31');
      await ev.getByRole('alert').filter({ hasText: '2025-11 has no day 31' }).waitFor();
      await ev.locator('input[name="event-start"]').fill('2025-11-30');
      const participants = ev.locator('fieldset.participants');
      const addParticipant = participants.getByRole('textbox', { name: 'Add a participant' });
      await addParticipant.fill('Taliban');
      await participants.locator('.picker-item', { hasText: 'Taliban' }).first().click();
      await addParticipant.fill('Tajikistan');
      await participants
        .locator('.picker-item', { hasText: /^Tajikistan$/ })
        .first()
        .click();
      await expect.poll(() => participants.locator('.participant-list li').count()).toBe(2);
      expect(await participants.getByLabel('Role of Taliban').inputValue()).toBe('agent');
      expect(await participants.getByLabel('Role of Tajikistan').inputValue()).toBe('target');
      await page.screenshot({ path: join(shots, 'desk-03-event-form.png') });
      await ev.getByRole('button', { name: 'Create event' }).click();
      await page.locator('.toast', { hasText: 'Created the event "Drone strikes on Chinese-funded camps"' }).waitFor();
      await page.locator('.inspector-head h2', { hasText: 'Drone strikes on Chinese-funded camps' }).waitFor();
      const inspector = page.locator('.inspector');
      await inspector.locator('h3', { hasText: 'Taking part (2)' }).waitFor();
      await inspector.locator('.link-list li', { hasText: 'Taliban' }).filter({ hasText: 'agent' }).waitFor();
      await inspector.locator('h3', { hasText: 'Read from (1)' }).waitFor();
      await inspector.locator('.passage-quote', { hasText: 'were hit by small armed drones' }).waitFor();
      await page.screenshot({ path: join(shots, 'desk-04-event-inspector.png') });

      // A typed link from the entity's panel, found by name.
      await page.getByRole('button', { name: /^Entities/ }).click();
      await page.getByLabel('Filter entities').fill('mountain road');
      // The table pages and virtualises: wait for the filtered page (debounced) to replace the full list.
      await page
        .locator('table.grid')
        .getByText(/^1 entity/)
        .or(page.getByText(/^1 entity ·/))
        .first()
        .waitFor();
      await page.locator('table.grid tbody tr', { hasText: 'mountain road section' }).click();
      await page.locator('.inspector-head h2', { hasText: 'mountain road section' }).waitFor();
      await inspector.getByRole('button', { name: 'New link…' }).click();
      const link = page.getByRole('dialog', { name: 'New link' });
      await link.getByRole('textbox', { name: 'To', exact: true }).fill('Gorno');
      await link.locator('.picker-item', { hasText: 'Gorno-Badakhshan' }).first().click();
      await link.locator('input[name="link-type"]').fill('located in');
      await link.getByLabel('Information credibility').selectOption('2');
      await page.screenshot({ path: join(shots, 'desk-05-link-form.png') });
      await link.getByRole('button', { name: 'Create link' }).click();
      await page
        .locator('.toast', { hasText: /^Linked "mountain road section" located in "Gorno-Badakhshan/ })
        .waitFor();
      await inspector.locator('.link-list .link-type', { hasText: 'located in' }).waitFor();
      await inspector.locator('h3', { hasText: 'Links (1)' }).waitFor();
      await page.screenshot({ path: join(shots, 'desk-06-entity-with-link.png') });

      // A search hit opens the reader at the hit, highlighted.
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('textbox', { name: 'Search', exact: true }).fill('fragmentation charges');
      await page.locator('.hit', { hasText: '01-field-report-gbao-strikes' }).click();
      await page.locator('.reader-text .focus-hit', { hasText: 'fragmentation charges' }).waitFor();
      await page.screenshot({ path: join(shots, 'desk-07-search-hit-in-reader.png') });

      // Several documents graded and marked at once from the list.
      await page.getByLabel('Select 02-field-report-border-deployment.txt').check();
      await page.getByLabel('Select 06-analyst-note-cis-meeting.txt').check();
      const bar = page.getByLabel('Mark selected documents');
      await bar.getByLabel('Source reliability').selectOption('D');
      await page.locator('.toast', { hasText: '2 documents graded D' }).waitFor();
      await expect
        .poll(() => page.locator('.doc-row', { hasText: '06-analyst-note' }).textContent())
        .toMatch(/D · TLP:/);
      await page.screenshot({ path: join(shots, 'desk-08-documents-bulk-grade.png') });

      // Suggested events reviewed in bulk.
      await page.getByRole('button', { name: 'Events', exact: true }).click();
      const table = page.getByRole('table', { name: 'Events' });
      await table.locator('tbody tr').first().waitFor();
      const before = await table.locator('tbody tr').count();
      await table.getByLabel('Select all').check();
      await page.screenshot({ path: join(shots, 'desk-09-events-review.png') });
      await page.locator('.selection-bar').getByRole('button', { name: 'Confirm' }).click();
      await page.locator('.toast', { hasText: `Confirmed ${before} events` }).waitFor();
      await page.locator('.events-view .empty', { hasText: 'No suggested events left to review.' }).waitFor();

      // The entity panel in the dark theme, with its link.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.getByRole('button', { name: /^Entities/ }).click();
      // Only the rows in view are drawn: find the entity by name, as an analyst would.
      await page.getByLabel('Filter entities').fill('mountain road');
      await page
        .getByText(/^1 entity ·/)
        .first()
        .waitFor();
      await page.locator('table.grid tbody tr', { hasText: 'mountain road section' }).click();
      await inspector.locator('h3', { hasText: 'Links (1)' }).waitFor();
      await page.screenshot({ path: join(shots, 'desk-10-dark-entity-detail.png') });

      expect(offMachine).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      serve.process.kill('SIGINT');
    }
  });
});
