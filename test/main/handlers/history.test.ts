import { describe, expect, it } from 'vitest';
import type {
  ChartData,
  ChartSummary,
  DuplicateCandidate,
  EntityChange,
  EntityRow,
  HistoryChange,
  HistoryState,
} from '../../../preload/contract.js';
import { useRuntimes } from '../runtime-fixture.js';

const runtime = useRuntimes('dossier-history-handlers-');

describe('history:* handlers on the sample case', () => {
  it('undoes and redoes a merge and a chart move through the contract, words the next step, refuses a clobber', async () => {
    const rt = runtime();
    await rt.call('case:open-sample');
    expect(await rt.call('history:state')).toEqual({ undo: null, redo: null });
    const { rows } = (await rt.call('entities:list', { type: 'person', limit: 5 })) as { rows: EntityRow[] };
    const [a, b] = rows as [EntityRow, EntityRow];
    const merged = (await rt.call('entities:merge', { targetId: a.id, sourceIds: [b.id] })) as EntityChange;
    let state = (await rt.call('history:state')) as HistoryState;
    expect(state.undo).toMatchObject({
      operationId: merged.undoToken,
      name: 'merge',
      summary: `merge "${b.label}" into "${a.label}"`,
    });

    const [chart] = (await rt.call('chart:list')) as ChartSummary[];
    const data = (await rt.call('chart:get', { chartId: chart!.id })) as ChartData;
    const node = data.placements[0]!;
    await rt.call('chart:save-layout', {
      chartId: chart!.id,
      placements: [{ subjectId: node.subjectId, x: node.x + 100, y: node.y, locked: true }],
    });
    state = (await rt.call('history:state')) as HistoryState;
    expect(state.undo?.summary).toBe(`pin 1 node, move 1 node on chart "${chart!.name}"`);

    // The toast's Undo for the merge is refused only if the move touched what the merge changed.
    const undone = (await rt.call('history:undo', {})) as HistoryChange;
    expect(undone.message).toBe(`Undone: pin 1 node, move 1 node on chart "${chart!.name}"`);
    expect(undone.state.redo?.summary).toBe(`pin 1 node, move 1 node on chart "${chart!.name}"`);
    const back = (await rt.call('chart:get', { chartId: chart!.id })) as ChartData;
    expect(back.placements.find((p) => p.subjectId === node.subjectId)).toMatchObject({
      x: node.x,
      locked: node.locked,
    });
    const afterUndo = (await rt.call('history:undo', { operationId: merged.undoToken })) as HistoryChange;
    expect(afterUndo.message).toBe(`Undone: merge "${b.label}" into "${a.label}"`);
    expect(afterUndo.affected).toContain(b.id);
    const redone = (await rt.call('history:redo')) as HistoryChange;
    expect(redone.message).toBe(`Redone: merge "${b.label}" into "${a.label}"`);
    await expect(rt.call('entities:get', { id: b.id })).rejects.toThrow(/not-found/);
    expect(rt.events.some((e) => e.name === 'case:changed')).toBe(true);

    await rt.call('entities:rename', { id: a.id, label: 'Renamed after the merge' });
    await expect(rt.call('history:undo', { operationId: merged.undoToken })).rejects.toThrow(
      `invalid-argument: Cannot undo "merge "${b.label}" into "${a.label}"": the entity "Renamed after the merge" was changed since by "rename to "Renamed after the merge"". Undo that first, or edit it by hand.`,
    );
    await expect(rt.call('history:redo')).rejects.toThrow('not-found: nothing to redo');
  });
});

describe('duplicates:* handlers on the sample case', () => {
  it('lists proposals with their reason and evidence, dismisses one (undoable), and refuses a pair of one entity', async () => {
    const rt = runtime();
    await rt.call('case:open-sample');
    const list = (await rt.call('duplicates:list', {})) as { total: number; rows: DuplicateCandidate[] };
    const mfa = list.rows.find(
      (r) =>
        r.b.label === 'Ministry of Foreign Affairs of Tajikistan' ||
        r.a.label === 'Ministry of Foreign Affairs of Tajikistan',
    )!;
    expect(mfa).toMatchObject({
      kind: 'qualified',
      reason: '"Ministry of Foreign Affairs of Tajikistan" is "Ministry of Foreign Affairs" with a qualifier',
    });
    expect(mfa.a.links + mfa.b.links).toBe(2);
    const dismissed = (await rt.call('duplicates:dismiss', { aId: mfa.a.id, bId: mfa.b.id })) as EntityChange;
    expect(((await rt.call('duplicates:list', {})) as { total: number }).total).toBe(list.total - 1);
    await rt.call('history:undo', { operationId: dismissed.undoToken });
    expect(((await rt.call('duplicates:list', {})) as { total: number }).total).toBe(list.total);
    await expect(rt.call('duplicates:dismiss', { aId: mfa.a.id, bId: mfa.a.id })).rejects.toThrow(/invalid-argument/);
  });
});
