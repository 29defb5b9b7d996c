import type { Core, ElementDefinition } from 'cytoscape';
import {
  holdDrawing,
  pauseFrameWork,
  preloadImages,
  quietFirstStyling,
  rendererOf,
  styleNow,
} from './cy-renderer-internals.js';
import { buildLayers, primeLayers } from './layer-warmup.js';
import { nextTask } from './next-task.js';

/** A task that adds elements stops taking steps after this long (the goal: no task over 100 ms). */
const TASK_BUDGET_MS = 30;
/** Elements added, styled and measured in one step: 2–8 ms here. */
const STEP = 25;

/**
 * Fills a chart with the elements `build` makes, without a long task or frame, and draws it
 * once, complete.
 *
 * Cytoscape styles lazily: `cy.add` only marks elements dirty, and the next animation frame
 * applies the stylesheet, measures labels, finds edge ends and bounds for everything added
 * since — half of each 100–300 ms frame when a 1,000-node chart was added 250 elements a frame.
 * Here each chunk is added, styled, measured and its nodes drawn into their textures in a task
 * of about TASK_BUDGET_MS, while the render loop draws nothing: each frame redraws all that is
 * in, so drawing between chunks cost more than the chunks (35 draws of up to 300 ms for 5,000
 * nodes). `beforeDraw` runs once all is in (labels chosen then are in the first frame); then the
 * layered texture cache draws the chart into bitmaps a little each frame (layer-warmup.ts), and
 * the first frame that shows the chart only copies them.
 */
export async function fillInTasks(
  cy: Core,
  build: () => ElementDefinition[],
  options: {
    beforeDraw?: () => void;
    /** Draws the nodes' textures again after `beforeDraw` (it moved the view to another zoom). */
    texturesAfter?: boolean;
  } = {},
): Promise<void> {
  // Held from the caller's task on: Cytoscape's first frame, empty as it is, cost up to 490 ms.
  const hold = holdDrawing(cy);
  primeLayers(cy);
  const frameWork = pauseFrameWork(cy);
  const quiet = quietFirstStyling(cy);
  try {
    // The element definitions in a task of their own, not the caller's (it builds Cytoscape).
    await nextTask();
    if (cy.destroyed()) return;
    const elements = build();
    const images = preloadImages(cy, elements);
    // Never inside the caller's task (a constructor, a React effect): it has work of its own.
    const filled = await inSteps(cy, elements.length, (from, to) => {
      let added = cy.collection();
      cy.batch(() => (added = cy.add(elements.slice(from, to))));
      styleNow(cy, added);
    });
    if (!filled) return;
    quiet.restore();
    await images;
    await nextTask();
    if (cy.destroyed()) return;
    if (options.beforeDraw) {
      options.beforeDraw();
      // Whatever it restyled is styled here, not in the frame, and in a task of its own: the
      // two together made tasks of 90–135 ms at 1,000 nodes.
      await nextTask();
      if (cy.destroyed()) return;
      rendererOf(cy)?.flushRenderedStyleQueue?.();
      // Textures drawn at another zoom are drawn again at this one, in steps too (300 nodes
      // at once took 100–150 ms here).
      const nodes = cy.nodes();
      const redrawn = (from: number, to: number) => styleNow(cy, nodes.slice(from, to));
      if (options.texturesAfter && !(await inSteps(cy, nodes.length, redrawn))) return;
      await nextTask();
      if (cy.destroyed()) return;
    }
    frameWork.resume();
    await buildLayers(cy);
  } finally {
    quiet.restore();
    frameWork.resume();
    if (!cy.destroyed()) hold.release();
  }
}

/**
 * Runs `work` over `count` items STEP at a time (`from` to `to`, exclusive), each task taking
 * steps until it has had its TASK_BUDGET_MS, the first in a task after the caller's. False if
 * the chart was destroyed meanwhile.
 */
async function inSteps(cy: Core, count: number, work: (from: number, to: number) => void): Promise<boolean> {
  for (let i = 0; i < count;) {
    await nextTask();
    if (cy.destroyed()) return false;
    // Small steps until the task has had its time: a chunk sized beforehand from the last
    // one's cost overran (60–130 ms) whenever the elements or the collector changed pace.
    const t0 = performance.now();
    do {
      const to = Math.min(count, i + STEP);
      work(i, to);
      i = to;
    } while (i < count && performance.now() - t0 < TASK_BUDGET_MS);
  }
  return !cy.destroyed();
}
