import type { Page } from 'playwright-core';

/** What the chart's test handle reports per drawn node (see renderer/src/chart/test-hooks.ts). */
export interface DrawnBox {
  id: string;
  kind: string;
  type: string;
  name: string;
  body: Rect;
  label: Rect | null;
  fontPx: number;
}
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export type Hooks = {
  dossierChart?: {
    drawnBoxes(): DrawnBox[];
    zoom(): number;
    eventLinks(): { id: string; label: string }[];
    positions(): Record<string, unknown>;
  };
  dossierTimeline?: {
    marks(): { id: string; lane: string; x: number; y: number }[];
    lanes(): string[];
    range(): { from: number; to: number } | null;
    answer(): {
      extent: { from: number; to: number } | null;
      bulk: { from: number; to: number } | null;
      total: number;
    } | null;
  };
};

/** Polls a page-side predicate (the page's CSP refuses the eval behind waitForFunction). */
export async function waitUntil(page: Page, predicate: () => boolean, timeout = 90_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate.toString().slice(0, 80)}`);
    await page.waitForTimeout(200);
  }
}

/** No busy note for a whole second (a layout may follow the load). */
export async function chartIdle(page: Page): Promise<void> {
  for (let quiet = 0; quiet < 5;) {
    await page.waitForTimeout(200);
    quiet = (await page.getByTestId('chart-busy').count()) ? 0 : quiet + 1;
  }
}

export interface OverlapCount {
  nodeNode: number;
  nodeLabel: number;
  labelLabel: number;
  examples: string[];
}

/** Pairs of drawn boxes of different nodes that intersect by more than half a pixel each way. */
export function countOverlaps(boxes: readonly DrawnBox[]): OverlapCount {
  const items: { owner: string; kind: 'node' | 'label'; r: Rect; name: string }[] = [];
  for (const b of boxes) {
    items.push({ owner: b.id, kind: 'node', r: b.body, name: b.name });
    if (b.label) items.push({ owner: b.id, kind: 'label', r: b.label, name: b.name });
  }
  const out: OverlapCount = { nodeNode: 0, nodeLabel: 0, labelLabel: 0, examples: [] };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      if (a.owner === b.owner) continue;
      const ox = Math.min(a.r.x2, b.r.x2) - Math.max(a.r.x1, b.r.x1);
      const oy = Math.min(a.r.y2, b.r.y2) - Math.max(a.r.y1, b.r.y1);
      if (ox <= 0.5 || oy <= 0.5) continue;
      if (a.kind === 'node' && b.kind === 'node') out.nodeNode++;
      else if (a.kind === 'label' && b.kind === 'label') out.labelLabel++;
      else out.nodeLabel++;
      if (out.examples.length < 5) out.examples.push(`${a.kind} ${a.name} × ${b.kind} ${b.name}`);
    }
  }
  return out;
}

/** A label that is only a number: never a chart node or a timeline lane. */
export const NUMERIC = /^\s*\d[\d\s.,]*%?\s*$/;
