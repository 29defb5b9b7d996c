import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartData } from '../../preload/contract/chart.js';
import { overlapsWindow, partialDateBounds, timeSpan } from '../../lib/graph/time-span.js';
import { shortestPath } from '../../lib/graph/shortest-path.js';
import { measure, ranked } from '../../lib/graph/centrality.js';
import { applyFilter } from '../../lib/graph/filters.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { buildApp, homeWithSample, isLoopback, launchChromium, root, startServe, pageApi } from './serve-fixture.js';

const tempDir = useTempDir('dossier-e2e-chart-');
const shots = join(root, 'test-output', 'e2e');

let browser: Browser;
beforeAll(async () => {
  buildApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type Positions = Record<string, { x: number; y: number }>;
interface ChartDebug {
  positions(): Positions;
  onPath(): string[];
  faded(): string[];
}

// The page's CSP forbids eval, so page-side code is passed as functions; they reach the
// chart's read-only debug handle through globalThis (the test's TypeScript has no DOM types).
type WithTimeline = { dossierTimeline?: { marks(): { id: string; x: number; y: number }[] } };
type WithChart = {
  dossierChart?: ChartDebug & { selectIds(ids: string[]): void; screenPosition(id: string): { x: number; y: number } };
};
// JSON has no −0: a node saved at y = −0 comes back at 0, the same place.
const positions = async (page: Page) =>
  Object.fromEntries(
    Object.entries(await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.positions())).map(
      ([id, p]) => [id, { x: p.x + 0, y: p.y + 0 }],
    ),
  );
const hasPositions = () => Object.keys((globalThis as unknown as WithChart).dossierChart?.positions() ?? {}).length > 0;

/** Polls a page-side predicate (waitForFunction compiles its predicate with eval, which the CSP refuses). */
async function waitUntil(page: Page, predicate: () => boolean, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate.toString().slice(0, 80)}`);
    await page.waitForTimeout(200);
  }
}

async function idle(page: Page): Promise<void> {
  await page.getByTestId('chart-busy').waitFor({ state: 'detached', timeout: 60_000 });
}

const api = pageApi;

async function openChart(page: Page): Promise<void> {
  await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
  await page.getByTestId('chart-canvas').waitFor();
  await waitUntil(page, hasPositions);
}

describe('the link chart in a browser, served by dossier serve', () => {
  it('sample case chart → every layout → shortest path → timeline window → PNG and SVG → reload restores the layout exactly', async () => {
    const home = tempDir();
    await homeWithSample(home);
    const serve = await startServe(home);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: 'light',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const offMachine: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on(
      'console',
      (m) => m.type() === 'error' && !/Failed to load resource.*404/.test(m.text()) && errors.push(m.text()),
    );
    page.on('request', (r) => !isLoopback(r.url()) && offMachine.push(r.url()));
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.getByRole('button', { name: 'Open sample case' }).click();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();

      // The sample case's overview chart, laid out on first open.
      await openChart(page);
      await idle(page);
      const chartId = await page.getByLabel('Chart', { exact: true }).inputValue();
      const data = await api<ChartData>(page, 'chart:get', { chartId });
      expect(data.nodes.length).toBeGreaterThan(10);
      await page.screenshot({ path: join(shots, 'chart-01-force.png') });

      // Every layout moves the nodes to finite, distinct places.
      let previous = await positions(page);
      for (const layout of ['hierarchy', 'circle', 'concentric', 'grid', 'fcose', 'force']) {
        await page.getByLabel('Layout').selectOption(layout);
        await idle(page);
        const now = await positions(page);
        const points = Object.values(now);
        expect(
          points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
          layout,
        ).toBe(true);
        expect(new Set(points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size, layout).toBe(points.length);
        expect(now, layout).not.toEqual(previous);
        previous = now;
      }
      await page.screenshot({ path: join(shots, 'chart-02-after-layouts.png') });

      // Two entities two or more links apart: the path between them is highlighted.
      const entities = data.nodes.filter((n) => n.kind === 'entity');
      let pair: [string, string] | null = null;
      let expected: ReturnType<typeof shortestPath> = null;
      for (const a of entities) {
        for (const b of entities) {
          const p = a.id < b.id ? shortestPath(data.nodes, data.edges, a.id, b.id) : null;
          if (p && p.edges.length >= 2 && (!expected || p.edges.length > expected.edges.length)) {
            pair = [a.id, b.id];
            expected = p;
          }
        }
      }
      expect(pair).not.toBeNull();
      await page.evaluate((ids) => (globalThis as unknown as WithChart).dossierChart!.selectIds(ids), pair!);
      await page.getByRole('button', { name: 'Path', exact: true }).click();
      await page.getByTestId('chart-path').waitFor();
      const highlighted = new Set(
        await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.onPath()),
      );
      for (const id of [...expected!.nodes, ...expected!.edges]) expect(highlighted.has(id)).toBe(true);
      await page.screenshot({ path: join(shots, 'chart-03-path.png') });
      await page.getByRole('button', { name: 'Clear path' }).click();

      // The same path from the right-click menu: "Find path to…", then the other node (Fit puts every node on screen).
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      const canvasBox = (await page.getByTestId('chart-canvas').boundingBox())!;
      const at = async (id: string) => {
        const p = await page.evaluate(
          (nodeId) => (globalThis as unknown as WithChart).dossierChart!.screenPosition(nodeId),
          id,
        );
        return { x: canvasBox.x + p.x, y: canvasBox.y + p.y };
      };
      await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.selectIds([]));
      const a = await at(pair![0]);
      await page.mouse.click(a.x, a.y, { button: 'right' });
      await page.getByRole('menuitem', { name: 'Find path to…' }).click();
      const b = await at(pair![1]);
      await page.mouse.click(b.x, b.y);
      await page.getByTestId('chart-path').waitFor();
      expect(new Set(await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.onPath()))).toEqual(
        highlighted,
      );
      await page.getByRole('button', { name: 'Clear path' }).click();

      // Betweenness, computed in the worker, sizes the nodes and ranks them; the top one matches the node-side measure.
      await page.getByRole('tab', { name: 'Analysis' }).click();
      await page.getByLabel('Measure').selectOption('betweenness');
      await page.getByTestId('chart-ranking').waitFor();
      const top = await page.getByTestId('chart-ranking').locator('li').first().locator('button').textContent();
      const pass = applyFilter(data.nodes, data.edges, {});
      const expectedTop = ranked(
        measure(
          'betweenness',
          data.nodes.filter((n) => pass.nodes.has(n.id)),
          data.edges.filter((e) => pass.edges.has(e.id)),
        ),
        1,
      )[0]!;
      expect(top).toBe(data.nodes.find((n) => n.id === expectedTop.id)!.label);
      await page.getByLabel('Measure').selectOption('');

      // Shift-drag on the timeline chooses a window; events outside it fade on the chart.
      await page.getByTestId('chart-splitter').focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
      const strip = page.locator('.timeline-canvas');
      const box = (await strip.boundingBox())!;
      await page.keyboard.down('Shift');
      await page.mouse.move(box.x + 260, box.y + 60);
      await page.mouse.down();
      await page.mouse.move(box.x + 420, box.y + 60, { steps: 5 });
      await page.mouse.up();
      await page.keyboard.up('Shift');
      const label = (await page.getByTestId('timeline-window').textContent())!;
      const [, from, to] = /(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/.exec(label)!;
      await waitUntil(page, () => (globalThis as unknown as WithChart).dossierChart!.faded().length > 0);
      const faded = new Set(await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.faded()));
      const lo = partialDateBounds(from!)!.from;
      const hi = partialDateBounds(to!)!.to - 1;
      for (const ev of data.nodes.filter((n) => n.kind === 'event')) {
        const span = timeSpan(ev.startAt, ev.endAt, ev.precision);
        if (!span) continue;
        expect(faded.has(ev.id), `${ev.label} ${ev.startAt}`).toBe(!overlapsWindow(span, lo, hi));
      }
      await page.screenshot({ path: join(shots, 'chart-04-window.png') });

      // A click on an event on the timeline selects it on the chart and shows its citations.
      await page.evaluate(() => (globalThis as unknown as WithChart).dossierChart!.selectIds([]));
      await page.waitForTimeout(400);
      const marks = await page.evaluate(() => (globalThis as unknown as WithTimeline).dossierTimeline!.marks());
      const onChart = new Set(data.nodes.filter((n) => n.kind === 'event').map((n) => n.id));
      const mark = marks.find((m) => onChart.has(m.id) && m.x > 175 && m.y < box.height - 10)!;
      const onChartEvent = data.nodes.find((n) => n.id === mark.id)!;
      const stripBox = (await strip.boundingBox())!;
      await page.mouse.click(stripBox.x + mark.x + 1, stripBox.y + mark.y);
      await page.getByTestId('chart-details').getByRole('heading', { name: onChartEvent.label }).waitFor();
      expect(await page.getByTestId('chart-details').locator('.chart-citations li').count()).toBeGreaterThan(0);

      // Exports: a PNG and an SVG that the browser itself can decode as images.
      const exported: Record<string, Buffer> = {};
      for (const [option, ext] of [
        ['2', 'png'],
        ['svg', 'svg'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByLabel('Export').selectOption(option),
        ]);
        const file = join(tempDir(), `chart.${ext}`);
        await download.saveAs(file);
        exported[ext] = readFileSync(file);
      }
      // The PNG's footer pieces (title, date, TLP) were laid out without touching each other.
      const footer = await page.evaluate(() =>
        (
          globalThis as unknown as {
            dossierChart: {
              footerLayout(): { boxes: { role: string; x: number; y: number; w: number; h: number }[] } | null;
            };
          }
        ).dossierChart.footerLayout(),
      );
      const fb = footer!.boxes;
      expect(fb.map((b) => b.role).sort()).toEqual(['date', 'title', 'tlp']);
      for (const a of fb)
        for (const b of fb)
          if (a !== b)
            expect(
              a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
              `${a.role} × ${b.role}`,
            ).toBe(false);
      expect(exported.png!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const svgText = exported.svg!.toString('utf8');
      expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgText).toContain('TLP:GREEN');
      expect(svgText).toContain('Tajik–Afghan border');
      for (const [ext, type] of [
        ['png', 'image/png'],
        ['svg', 'image/svg+xml'],
      ] as const) {
        const size = await page.evaluate(
          async (src) => {
            const g = globalThis as unknown as {
              Image: new () => { src: string; decode(): Promise<void>; naturalWidth: number; naturalHeight: number };
            };
            const img = new g.Image();
            img.src = src;
            await img.decode();
            return [img.naturalWidth, img.naturalHeight];
          },
          `data:${type};base64,${exported[ext]!.toString('base64')}`,
        );
        expect(size[0], ext).toBeGreaterThan(300);
        expect(size[1], ext).toBeGreaterThan(100);
      }

      // Reload: the same positions, to the last bit.
      const before = await positions(page);
      await page.waitForTimeout(1200); // the debounced viewport/view saves
      await page.reload();
      await page.locator('.case-header h1', { hasText: 'Tajik–Afghan border' }).waitFor();
      await openChart(page);
      const after = await positions(page);
      expect(after).toEqual(before);
      await page.screenshot({ path: join(shots, 'chart-05-reloaded.png') });
      expect(offMachine).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: join(shots, 'chart-failed.png') }).catch(() => {});
      throw new Error(`${(e as Error).message}\npage errors: ${errors.join(' | ')}`);
    } finally {
      await context.close();
      serve.process.kill();
    }
  });
});
