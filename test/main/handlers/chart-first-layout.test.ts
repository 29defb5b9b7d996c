import { afterEach, describe, expect, it } from 'vitest';
import type { ChartData, ChartSummary, HistoryChange, HistoryState } from '../../../preload/contract.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-first-layout-');
let open: ReturnType<typeof makeRuntime>[] = [];
afterEach(() => {
  for (const r of open) r.shutdown();
  open = [];
});

/** What the page sends after laying out a seeded chart on first open: every node moved. */
async function firstLayout(rt: ReturnType<typeof makeRuntime>, chartId: string): Promise<ChartData> {
  const data = (await rt.call('chart:get', { chartId })) as ChartData;
  expect(data.settings.needsLayout).toBe(true);
  const placements = data.placements.map((p, i) => ({ subjectId: p.subjectId, x: p.x + 50 + i, y: p.y - 20 }));
  await rt.call('chart:save-layout', {
    chartId,
    placements,
    viewport: { zoom: 1.2, pan: { x: 3, y: 4 } },
    automatic: true,
  });
  await rt.call('chart:save-view', { chartId, settings: { ...data.settings, needsLayout: false } });
  return (await rt.call('chart:get', { chartId })) as ChartData;
}

describe('opening a seeded chart', () => {
  it('saves its first layout without an undo step of its own (the sample case chart)', async () => {
    const rt = makeRuntime(tempDir());
    open.push(rt);
    await rt.call('case:open-sample');
    const [chart] = (await rt.call('chart:list')) as ChartSummary[];
    const laidOut = await firstLayout(rt, chart!.id);
    expect(laidOut.placements.every((p) => p.x !== 0)).toBe(true);
    expect(await rt.call('history:state')).toEqual({ undo: null, redo: null });

    // The analyst's own move after that is an undo step, and undoing it keeps the first layout.
    const node = laidOut.placements[0]!;
    await rt.call('chart:save-layout', {
      chartId: chart!.id,
      placements: [{ subjectId: node.subjectId, x: node.x + 100, y: node.y }],
    });
    const state = (await rt.call('history:state')) as HistoryState;
    expect(state.undo?.summary).toBe(`move 1 node on chart "${chart!.name}"`);
    await rt.call('history:undo', {});
    const back = (await rt.call('chart:get', { chartId: chart!.id })) as ChartData;
    expect(back.placements).toEqual(laidOut.placements.map((p) => expect.objectContaining({ x: p.x, y: p.y })));
  });

  it('folds the first layout into the chart creation, which undoes and redoes with it', async () => {
    const rt = makeRuntime(tempDir());
    open.push(rt);
    await rt.call('case:open-sample');
    const created = (await rt.call('chart:create', { name: 'From the case', fromCase: true })) as ChartSummary;
    const creation = ((await rt.call('history:state')) as HistoryState).undo!;
    const laidOut = await firstLayout(rt, created.id);
    expect(((await rt.call('history:state')) as HistoryState).undo).toEqual(creation);

    const undone = (await rt.call('history:undo', {})) as HistoryChange;
    expect(undone.message).toBe(`Undone: ${creation.summary}`);
    expect(((await rt.call('chart:list')) as ChartSummary[]).map((c) => c.id)).not.toContain(created.id);
    await rt.call('history:redo');
    const redone = (await rt.call('chart:get', { chartId: created.id })) as ChartData;
    expect(redone.placements.map((p) => [p.subjectId, p.x, p.y])).toEqual(
      laidOut.placements.map((p) => [p.subjectId, p.x, p.y]),
    );
  });
});
