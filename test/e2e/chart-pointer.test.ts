import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildChartCase } from '../helpers/chart-case.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { useServedApp } from './served-app.js';

const app = useServedApp('dossier-e2e-chart-pointer-');
const caseDir = useTempDir('dossier-e2e-chart-pointer-case-');

interface Point {
  x: number;
  y: number;
}
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Hooks {
  positions(): Record<string, Point>;
  selected(): string[];
  active(): string[];
  selectIds(ids: string[]): void;
  drawnBoxes(): { id: string; body: Box; label: Box | null }[];
  edgeLines(): { id: string; from: Point; to: Point; mid: Point }[];
  zoom(): number;
  snapshot(): { moved: boolean; takenAt: { zoom: number; pan: Point } | null; held: boolean };
  lodLabels(): string[];
}
const hooks = (page: Page) => ({
  call: <T>(name: keyof Hooks, ...args: unknown[]) =>
    page.evaluate(
      ([n, a]) =>
        (globalThis as unknown as { dossierChart: Record<string, (...x: unknown[]) => unknown> }).dossierChart[n]!(
          ...a,
        ),
      [name, args] as const,
    ) as Promise<T>,
});

const distanceToBox = (p: Point, b: Box) =>
  Math.hypot(Math.max(b.x1 - p.x, 0, p.x - b.x2), Math.max(b.y1 - p.y, 0, p.y - b.y2));
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

describe('a chart of 1,000 entities under the pointer', () => {
  it('selects the node, the link or nothing that is under a click; a pressed link is not restyled', async () => {
    const { serve, context, page, seen } = await app.open({ serveArgs: [buildChartCase(caseDir(), 1000)] });
    try {
      await page.goto(`${serve.url}#test-hooks`);
      await page.locator('.rail').getByRole('button', { name: 'Chart' }).click();
      await page.getByTestId('chart-canvas').waitFor();
      const h = hooks(page);
      await expect
        .poll(async () => (await page.evaluate('globalThis.dossierChart ? 1 : 0')) as number, { timeout: 120_000 })
        .toBe(1);
      await page.getByTestId('chart-busy').waitFor({ state: 'detached', timeout: 120_000 });
      await page.waitForTimeout(1500); // labels chosen, the view saved
      const canvas = (await page.getByTestId('chart-canvas').boundingBox())!;
      const inside = (p: Point) => p.x > 20 && p.y > 20 && p.x < canvas.width - 20 && p.y < canvas.height - 20;
      const boxes = await h.call<{ id: string; body: Box; label: Box | null }[]>('drawnBoxes');
      const lines = await h.call<{ id: string; from: Point; to: Point; mid: Point }[]>('edgeLines');
      const allBoxes = boxes.flatMap((b) => (b.label ? [b.body, b.label] : [b.body]));
      const clear = (p: Point, of: number, except?: string) =>
        allBoxes.every((b) => distanceToBox(p, b) >= of) &&
        lines.every((l) => l.id === except || distanceToSegment(p, l.from, l.to) >= of);
      // A second click within 300 ms on the chart would be a double click (which expands a node).
      const clickAt = async (p: Point) => {
        await h.call('selectIds', []);
        await page.mouse.click(canvas.x + p.x, canvas.y + p.y);
        await page.waitForTimeout(350);
        return h.call<string[]>('selected');
      };

      // Nodes: clicked at their centre, away from every other node and label.
      const nodes = boxes
        .map((b) => ({ id: b.id, at: { x: (b.body.x1 + b.body.x2) / 2, y: (b.body.y1 + b.body.y2) / 2 } }))
        .filter((n) => inside(n.at))
        .filter((n) =>
          boxes.every(
            (o) => o.id === n.id || (distanceToBox(n.at, o.body) > 8 && (!o.label || distanceToBox(n.at, o.label) > 8)),
          ),
        )
        .filter((_, i) => i % 4 === 0)
        .slice(0, 12);
      expect(nodes.length).toBeGreaterThanOrEqual(8);
      // Every node is drawn the same size, and its bounds follow its style though the fill skips
      // Cytoscape's per-property bounds bookkeeping (quietFirstStyling).
      const zoom = await h.call<number>('zoom');
      const width = (b: Box) => (b.x2 - b.x1) / zoom;
      const unselected = width(boxes[0]!.body);
      for (const b of boxes) expect(width(b.body)).toBeCloseTo(unselected, 1);
      for (const n of nodes) expect(await clickAt(n.at)).toEqual([n.id]);
      // A restyle after the fill still moves the bounds: a selected node's border is 5 px, not 3.
      const selectedBox = (await h.call<{ id: string; body: Box }[]>('drawnBoxes')).find(
        (b) => b.id === nodes.at(-1)!.id,
      )!;
      expect(width(selectedBox.body)).toBeCloseTo(unselected + 2, 1);

      // Links: pressed at their middle, at least 10 px from every node, label and other link (Cytoscape
      // takes a link within 8 px, a node or label within 2).
      const links = lines.filter((l) => inside(l.mid) && clear(l.mid, 10, l.id)).slice(0, 10);
      expect(links.length).toBeGreaterThanOrEqual(4);
      for (const l of links) {
        await h.call('selectIds', []);
        await page.mouse.move(canvas.x + l.mid.x, canvas.y + l.mid.y);
        await page.mouse.down();
        // Drawn as it was: restyling it would have the chart's bitmaps redrawn.
        expect(await h.call<string[]>('active')).toEqual([]);
        await page.mouse.up();
        await page.waitForTimeout(350);
        expect(await h.call<string[]>('selected')).toEqual([l.id]);
      }

      // Empty canvas: at least 12 px from everything; a click there selects nothing.
      const empty: Point[] = [];
      for (let y = 40; y < canvas.height - 40 && empty.length < 6; y += 37)
        for (let x = 40; x < canvas.width - 40 && empty.length < 6; x += 53)
          if (clear({ x, y }, 12)) empty.push({ x, y });
      expect(empty.length).toBeGreaterThanOrEqual(3);
      for (const p of empty) expect(await clickAt(p)).toEqual([]);

      // A pan comes to rest: the labels for the new view are applied out of sight (drawing held
      // while the bitmaps are redrawn, instead of one frame drawing every element), then shown.
      const labelsBefore = await h.call<string[]>('lodLabels');
      await page.evaluate(() => {
        const g = globalThis as unknown as {
          dossierChart: { snapshot(): { held: boolean } };
          sawHeld: boolean;
          requestAnimationFrame(f: () => void): void;
        };
        g.sawHeld = false;
        const watch = () => {
          g.sawHeld ||= g.dossierChart.snapshot().held;
          g.requestAnimationFrame(watch);
        };
        watch();
      });
      await page.mouse.move(canvas.x + empty[0]!.x, canvas.y + empty[0]!.y);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(canvas.x + empty[0]!.x + 15 * k, canvas.y + empty[0]!.y + 8 * k);
      await page.mouse.up();
      await expect.poll(() => page.evaluate('globalThis.sawHeld'), { timeout: 5000 }).toBe(true);
      await expect
        .poll(
          async () => {
            const s = await h.call<{ held: boolean; moved: boolean }>('snapshot');
            return !s.held && !s.moved;
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      const labelsAfter = await h.call<string[]>('lodLabels');
      expect(labelsAfter.length).toBeGreaterThan(0);
      expect(labelsAfter).not.toEqual(labelsBefore);
      await h.call('selectIds', []);

      // A wheel step while the bitmaps are being redrawn (a selection restyled a node): the
      // snapshot the zoom moves is copied from the screen before Cytoscape zooms, at the view on
      // screen, not drawn again in the zoom's first frame (250 ms at 5,000 nodes).
      await h.call('selectIds', [nodes[0]!.id]);
      await page.waitForTimeout(100); // the restyle is applied in the next frame
      const wheel = (await page.evaluate(
        ([x, y]) => {
          const hook = (globalThis as unknown as { dossierChart: Record<string, () => unknown> }).dossierChart;
          const cy = hook as unknown as { zoom(): number; snapshot(): unknown };
          const before = cy.zoom();
          const page = globalThis as unknown as {
            document: { elementFromPoint(x: number, y: number): { dispatchEvent(e: unknown): void } };
            WheelEvent: new (type: string, init: Record<string, unknown>) => unknown;
          };
          const init = { deltaY: -120, clientX: x, clientY: y, bubbles: true, cancelable: true };
          page.document.elementFromPoint(x!, y!).dispatchEvent(new page.WheelEvent('wheel', init));
          return { before, after: cy.zoom(), snapshot: cy.snapshot() };
        },
        [canvas.x + empty[0]!.x, canvas.y + empty[0]!.y],
      )) as { before: number; after: number; snapshot: ReturnType<Hooks['snapshot']> };
      expect(wheel.after).toBeGreaterThan(wheel.before);
      expect(wheel.snapshot.moved).toBe(true);
      expect(wheel.snapshot.takenAt?.zoom).toBe(wheel.before);

      expect(seen.errors).toEqual([]);
      expect(seen.offMachine).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
