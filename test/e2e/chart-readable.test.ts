import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineData } from '../../preload/contract/chart.js';
import { timeSpan } from '../../lib/graph/time-span.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { chartIdle, countOverlaps, NUMERIC, waitUntil, type Hooks } from './chart-readable-helpers.js';
import { buildApp, homeWithSample, launchChromium, root, startServe, pageApi } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-readable-');
const shots = join(root, 'test-output', 'e2e');

let browser: Browser;
beforeAll(async () => {
  buildApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const api = pageApi;

/** The measurable rules of a chart at first sight: readable labels, nothing overlapping, no quantities. */
async function expectReadable(page: Page, what: string): Promise<number> {
  const boxes = await page.evaluate(() => (globalThis as unknown as Hooks).dossierChart!.drawnBoxes());
  expect(boxes.length, what).toBeGreaterThan(5);
  expect(
    boxes.filter((b) => b.type === 'quantity' || NUMERIC.test(b.name)).map((b) => b.name),
    `${what}: quantities on the chart`,
  ).toEqual([]);
  if (boxes.length <= 150) {
    const small = boxes.filter((b) => b.fontPx < 11).map((b) => `${b.name} ${b.fontPx.toFixed(1)}px`);
    expect(small, `${what}: labels under 11 px`).toEqual([]);
  }
  const overlaps = countOverlaps(boxes);
  expect(
    { nodeNode: overlaps.nodeNode, nodeLabel: overlaps.nodeLabel, labelLabel: overlaps.labelLabel },
    `${what}: ${overlaps.examples.join('; ')}`,
  ).toEqual({ nodeNode: 0, nodeLabel: 0, labelLabel: 0 });
  return boxes.length;
}

async function openChartView(page: Page): Promise<void> {
  await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
  await waitUntil(page, () => Object.keys((globalThis as unknown as Hooks).dossierChart?.positions() ?? {}).length > 0);
  await chartIdle(page);
}

/** The axis opens on the bulk of the events: their 5th–95th percentile is in view, and not much more. */
async function expectTimelineOnBulk(page: Page, what: string): Promise<void> {
  await waitUntil(page, () => !!(globalThis as unknown as Hooks).dossierTimeline?.answer());
  const all = await api<TimelineData>(page, 'chart:timeline', {});
  const times = all.nodes
    .filter((n) => n.kind === 'event')
    .map((n) => timeSpan(n.startAt, n.endAt, n.precision))
    .map((s) => s?.start ?? s?.end ?? null)
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const p = (q: number) => times[Math.round(q * (times.length - 1))]!;
  const range = (await page.evaluate(() => (globalThis as unknown as Hooks).dossierTimeline!.range()))!;
  expect(range.from, what).toBeLessThanOrEqual(p(0.05));
  expect(range.to, what).toBeGreaterThanOrEqual(p(0.95));
  expect(range.to - range.from, what).toBeLessThanOrEqual((p(0.95) - p(0.05)) * 1.3 + 31 * 86_400_000);
  const lanes = await page.evaluate(() => (globalThis as unknown as Hooks).dossierTimeline!.lanes());
  expect(
    lanes.filter((l) => NUMERIC.test(l)),
    `${what}: lanes named by a number`,
  ).toEqual([]);
  expect(lanes, what).not.toContain('No participants');
}

describe('a chart and a timeline an analyst can read at first sight', () => {
  it('the sample case: default chart, whole-case chart with events folded, timeline', async () => {
    const home = tempDir();
    await homeWithSample(home);
    const serve = await startServe(home);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1').waitFor();
      await openChartView(page);
      await expectReadable(page, 'sample default chart');
      await page.screenshot({ path: join(shots, 'readable-sample-chart.png') });

      // The link dialog: the two ends as chips, the passages naming both in a list that scrolls inside the dialog; Escape cancels.
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await page.waitForTimeout(300);
      const entities = (await page.evaluate(() => (globalThis as unknown as Hooks).dossierChart!.drawnBoxes())).filter(
        (b) => b.kind === 'entity',
      );
      let pair: [string, string] | null = null;
      for (let i = 0; i < entities.length && !pair; i++)
        for (let j = i + 1; j < entities.length && !pair; j++) {
          const c = await api<unknown[]>(page, 'chart:citation-choices', {
            sourceId: entities[i]!.id,
            targetId: entities[j]!.id,
          });
          if (c.length >= 2) pair = [entities[i]!.id, entities[j]!.id];
        }
      expect(pair).not.toBeNull();
      const canvasBox = (await page.getByTestId('chart-canvas').boundingBox())!;
      const at = async (id: string) => {
        const p = await page.evaluate(
          (nodeId) =>
            (
              globalThis as unknown as { dossierChart: { screenPosition(id: string): { x: number; y: number } } }
            ).dossierChart.screenPosition(nodeId),
          id,
        );
        return { x: canvasBox.x + p.x, y: canvasBox.y + p.y };
      };
      await page.getByRole('button', { name: 'Link tool' }).click();
      const [a, b] = [await at(pair![0]), await at(pair![1])];
      await page.mouse.move(a.x, a.y);
      await page.mouse.down();
      await page.mouse.move(b.x, b.y, { steps: 8 });
      await page.mouse.up();
      const dialog = page.getByRole('dialog', { name: 'New link' });
      await dialog.waitFor();
      await dialog.locator('.link-citation-list').waitFor();
      expect(await dialog.locator('.link-ends .chip').count()).toBe(2);
      const dialogBox = (await dialog.boundingBox())!;
      const listBox = (await dialog.locator('.link-citation-list').boundingBox())!;
      expect(listBox.y + listBox.height).toBeLessThanOrEqual(dialogBox.y + dialogBox.height);
      expect(listBox.x + listBox.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
      await page.screenshot({ path: join(shots, 'readable-link-dialog.png') });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Link tool' }).click();

      await page.getByRole('button', { name: 'New chart from case' }).click();
      await page.getByRole('button', { name: 'Create' }).click();
      await page.waitForTimeout(500);
      await openChartView(page);
      await expectReadable(page, 'whole-case chart');
      await page.screenshot({ path: join(shots, 'readable-whole-case.png') });

      // Events folded into the links they explain: no event node drawn, labelled links instead, still no overlaps.
      await page.getByRole('button', { name: 'Events as links' }).click();
      await page.waitForTimeout(400);
      await chartIdle(page);
      const boxes = await page.evaluate(() => (globalThis as unknown as Hooks).dossierChart!.drawnBoxes());
      expect(boxes.filter((b) => b.kind === 'event')).toEqual([]);
      const folded = await page.evaluate(() => (globalThis as unknown as Hooks).dossierChart!.eventLinks());
      expect(folded.length).toBeGreaterThan(0);
      expect(
        folded.every(
          (l) => / · \d{1,2} [A-Z][a-z]{2} \d{4}| · [A-Z][a-z]{2} \d{4}| · \d{4}/.test(l.label) || !/\d/.test(l.label),
        ),
      ).toBe(true);
      await expectReadable(page, 'whole-case chart, events as links');
      await page.screenshot({ path: join(shots, 'readable-whole-case-events-as-links.png') });

      await page.locator('.rail').getByRole('button', { name: 'Timeline' }).click();
      await expectTimelineOnBulk(page, 'sample timeline');
      await page.screenshot({ path: join(shots, 'readable-timeline.png') });
      expect(errors).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: join(shots, 'readable-failed.png') }).catch(() => {});
      throw e;
    } finally {
      serve.process.kill();
    }
  });

  it('a news-like case: chart from the case, timeline on the crisis, zoom bounded by the case', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'news.dossier');
    const cli = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(root, 'bin/dossier.mjs'), ...args], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    cli('new', casePath, '--title', 'Velmora port strike (fixture)');
    cli('ingest', casePath, join(root, 'test/fixtures/news-case'));
    const serve = await startServe(join(dir, 'home'), [casePath]);
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.locator('.case-header h1', { hasText: 'Velmora' }).waitFor();
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      await page.getByRole('button', { name: 'Chart the whole case' }).click();
      await page.getByRole('button', { name: 'Create' }).click();
      await openChartView(page);
      await expectReadable(page, 'news chart');
      await page.screenshot({ path: join(shots, 'readable-news-chart.png') });

      await page.locator('.rail').getByRole('button', { name: 'Timeline' }).click();
      await expectTimelineOnBulk(page, 'news timeline');
      await page.screenshot({ path: join(shots, 'readable-news-timeline.png') });
      // Thirty wheel steps out: the axis stops at the case's extent plus a margin (no year 2121).
      const canvas = page.locator('.timeline-canvas');
      const box = (await canvas.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 40);
      for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 200);
      await page.waitForTimeout(400);
      const extent = (await page.evaluate(() => (globalThis as unknown as Hooks).dossierTimeline!.answer()))!.extent!;
      const range = (await page.evaluate(() => (globalThis as unknown as Hooks).dossierTimeline!.range()))!;
      const margin = Math.max((extent.to - extent.from) * 0.1, 30 * 86_400_000);
      expect(range.from).toBeGreaterThanOrEqual(extent.from - margin - 1);
      expect(range.to).toBeLessThanOrEqual(extent.to + margin + 1);
      // Fit (F) returns to the bulk.
      await canvas.focus();
      await page.keyboard.press('f');
      await page.waitForTimeout(300);
      await expectTimelineOnBulk(page, 'news timeline after F');
    } finally {
      serve.process.kill();
    }
  });
});
