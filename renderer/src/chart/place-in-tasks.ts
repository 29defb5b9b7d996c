import type { Core, NodeSingular } from 'cytoscape';
import { styleNow } from './cy-renderer-internals.js';
import { nextTask } from './next-task.js';

/** A task that moves nodes or measures edges stops after about this long (the goal: no task over 100 ms). */
const TASK_BUDGET_MS = 30;
/** Elements handled between two looks at the clock. */
const SLICE = 200;

/**
 * Moves the nodes of a chart that is still held from drawing (fill-in-tasks.ts) to their laid-out
 * positions, a slice at a time: each slice's nodes get their bounds and label places recomputed,
 * and their textures made at the current zoom, in the same task; the edges' ends and bounds follow
 * once every node stands still (an edge between two slices would be measured twice otherwise).
 * Moving all 5,000 nodes in one batch left that work to one long frame.
 */
export async function placeInTasks(cy: Core, at: ReadonlyMap<string, { x: number; y: number }>): Promise<void> {
  const nodes = cy.nodes();
  await inSlices(cy, nodes.length, (i) => {
    const slice = nodes.slice(i, i + SLICE);
    cy.batch(() =>
      slice.forEach((n: NodeSingular) => {
        const p = at.get(n.id());
        // Only x and y: Cytoscape copies every field of what it is given into the position.
        if (p && !n.locked()) n.position({ x: p.x, y: p.y });
      }),
    );
    styleNow(cy, slice);
  });
  const edges = cy.edges();
  await inSlices(cy, edges.length, (i) => {
    edges.slice(i, i + SLICE).boundingBox();
  });
}

/** Runs `step` for i = 0, SLICE, 2·SLICE… below `count`, in tasks of about TASK_BUDGET_MS. */
async function inSlices(cy: Core, count: number, step: (i: number) => void): Promise<void> {
  let i = 0;
  while (i < count) {
    await nextTask();
    if (cy.destroyed()) return;
    const end = performance.now() + TASK_BUDGET_MS;
    for (; i < count && performance.now() < end; i += SLICE) step(i);
  }
}
