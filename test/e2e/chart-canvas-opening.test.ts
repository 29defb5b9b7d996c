import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, root } from './serve-fixture.js';

// The page imports the app's entity types, which list icon files through Vite's glob import;
// esbuild has none, so the chart bench's stand-in is used (same colours, no icons).
const entityTypesStub = {
  name: 'entity-types-stub',
  setup(b: { onResolve(o: { filter: RegExp }, f: () => { path: string }): void }) {
    b.onResolve({ filter: /\/entity-types\.js$/ }, () => ({
      path: `${root}renderer/src/chart/bench/entity-types-stub.ts`,
    }));
  },
};

interface Opening {
  inBuildingTask: number;
  nodes: number;
  edges: number;
  zoom: number;
  pan: { x: number; y: number };
  readableZoom: number;
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  const bundle = await build({
    entryPoints: [`${root}test/renderer/src/chart/canvas-opening-page.tsx`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
    plugins: [entityTypesStub],
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});
afterAll(async () => {
  await browser?.close();
});

const open = (n: number, viewport: { zoom: number; pan: { x: number; y: number } } | null) =>
  page.evaluate(
    ([n, viewport]) =>
      (
        globalThis as unknown as { canvasOpening: { open(n: number, v: unknown): Promise<Opening> } }
      ).canvasOpening.open(n, viewport),
    [n, viewport] as const,
  );

describe('a small chart opening', () => {
  it('adds nothing in the task that builds it, then opens complete on a readable view', async () => {
    const opened = await open(100, null);
    // Building, styling and measuring 100 nodes in the caller's task (a React effect) made one
    // task of 130–175 ms; the elements now come in tasks of their own.
    expect(opened.inBuildingTask).toBe(0);
    expect(opened.nodes).toBe(100);
    expect(opened.edges).toBe(100);
    // The ring is wider than the screen at zoom 1: the view is the readable one, read from the
    // labels once they were measured, not zoom 1 or a fit that makes labels unreadable.
    expect(opened.zoom).toBeCloseTo(opened.readableZoom, 5);
  });

  it('opens on its saved view when it has one', async () => {
    const opened = await open(100, { zoom: 0.5, pan: { x: 40, y: -20 } });
    expect(opened.inBuildingTask).toBe(0);
    expect(opened.nodes).toBe(100);
    expect(opened.zoom).toBe(0.5);
    expect(opened.pan).toEqual({ x: 40, y: -20 });
  });
});
