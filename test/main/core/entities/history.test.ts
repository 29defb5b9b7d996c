import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalledChartEdit } from '../../../../main/core/analysis/chart-edits.js';
import { removePlacements, renameChart, savePlacements } from '../../../../main/core/analysis/chart-records.js';
import { addManualEntity, addManualMention, createLink, renameEntity } from '../../../../main/core/entities/edit.js';
import { historyState } from '../../../../main/core/entities/history-state.js';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { redoNext } from '../../../../main/core/entities/redo.js';
import { setEntityStatus, setMentionStatus } from '../../../../main/core/entities/status.js';
import { undoLast, undoOperation } from '../../../../main/core/entities/undo.js';
import { CaseStore, type WritableCase } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

/** Everything an analyst can see of a case, without the modified times an undo or redo refreshes. */
function snapshot(store: WritableCase) {
  const kinds = [
    'entity',
    'alias',
    'mention',
    'link',
    'citation',
    'participant',
    'event',
    'chart',
    'chartNode',
  ] as const;
  const strip = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'modifiedAt'));
  return {
    records: Object.fromEntries(kinds.map((k) => [k, store.list(k).map(strip)])),
    redirects: store.redirects().map((r) => `${r.fromId}>${r.toId}`),
    // An undone creation leaves a tombstone (so the undo travels in bundles); a live record never has one.
    tombstonedButPresent: store
      .tombstones()
      .filter((t) => store.get(t.kind, t.id))
      .map((t) => t.id),
  };
}

/** Runs `op`, then undo → state as before, redo → state as after, undo again → as before. */
function roundTrip(store: WritableCase, op: () => void) {
  const before = snapshot(store);
  op();
  const after = snapshot(store);
  expect(after).not.toEqual(before);
  undoLast(store);
  expect(snapshot(store)).toEqual(before);
  redoNext(store);
  expect(snapshot(store)).toEqual(after);
  undoLast(store);
  expect(snapshot(store)).toEqual(before);
  redoNext(store);
}

describe('undo and redo over the journal', () => {
  it('round-trips every kind of analyst operation', () => {
    const { store, us1, us2, us3, russia, dushanbe, doc, text } = buildCase(tempDir());
    const mention = store.list('mention', { entityId: us1.id })[0]!;
    roundTrip(store, () => setMentionStatus(store, [mention.id], 'confirmed'));
    roundTrip(store, () => setMentionStatus(store, [mention.id], 'rejected'));
    roundTrip(store, () => setEntityStatus(store, [russia.id], 'rejected'));
    roundTrip(store, () => renameEntity(store, us2.id, 'United States'));
    let made = '';
    roundTrip(store, () => (made = addManualEntity(store, { type: 'person', label: 'Emomali Rahmon' }).entity.id));
    const start = text.indexOf('Dushanbe');
    roundTrip(store, () =>
      addManualMention(store, { documentId: doc.id, entityId: dushanbe.id, start, end: start + 8 }),
    );
    roundTrip(store, () =>
      createLink(store, {
        sourceId: made,
        targetId: dushanbe.id,
        type: 'based in',
        citation: { documentId: doc.id, start, end: start + 8 },
      }),
    );
    roundTrip(store, () => mergeEntities(store, us2.id, [us1.id, us3.id]));
    expect(store.get('entity', us1.id)).toBeNull();
    expect(store.tombstones().map((t) => t.id)).toContain(us1.id);
    store.close();
  });

  it('round-trips chart edits: add, move, pin, group and remove nodes', () => {
    const { store, chart, russia, dushanbe, us1 } = buildCase(tempDir());
    const edit = (fn: (s: WritableCase) => unknown) => journalledChartEdit(store, 'Main', fn);
    roundTrip(store, () =>
      edit((s) =>
        savePlacements(s, chart.id, [
          { subjectId: russia.id, x: 5, y: 5 },
          { subjectId: dushanbe.id, x: 9, y: 9 },
        ]),
      ),
    );
    roundTrip(store, () => edit((s) => savePlacements(s, chart.id, [{ subjectId: us1.id, x: 40, y: -3 }])));
    roundTrip(store, () =>
      edit((s) => savePlacements(s, chart.id, [{ subjectId: us1.id, x: 40, y: -3, locked: true }])),
    );
    const group = 'g-0190a000-0000-7000-8000-000000000001';
    roundTrip(store, () =>
      edit((s) =>
        savePlacements(s, chart.id, [
          { subjectId: group, x: 0, y: 0, style: { group: true } },
          { subjectId: us1.id, x: 40, y: -3, groupId: group },
        ]),
      ),
    );
    roundTrip(store, () => edit((s) => removePlacements(s, chart.id, [us1.id])));
    expect(historyState(store).undo?.summary).toBe('remove 1 node on chart "Main"');
    // A save that changes nothing is no undo step.
    const unchanged = edit((s) => savePlacements(s, chart.id, []));
    expect(unchanged.operationId).toBeNull();
    store.close();
  });

  it("leaves a chart's viewport and settings (view state) alone: panning never blocks or is undone", () => {
    const { store, chart } = buildCase(tempDir());
    journalledChartEdit(store, 'Main', (s) => renameChart(s, chart.id, 'Renamed'));
    // The page saves the viewport and its settings outside the history as the analyst pans.
    const viewport = { zoom: 2, pan: { x: 10, y: -4 } };
    savePlacements(store, chart.id, [], viewport);
    store.update('chart', chart.id, { settings: { collapseEvents: true } });
    undoLast(store);
    expect(store.require('chart', chart.id)).toMatchObject({
      name: 'Main',
      viewport,
      settings: { collapseEvents: true },
    });
    redoNext(store);
    expect(store.require('chart', chart.id)).toMatchObject({ name: 'Renamed', viewport });
    store.close();
  });

  it('words the next undo and redo, and a new operation empties the redo stack', () => {
    const { store, us1, us2, russia } = buildCase(tempDir());
    expect(historyState(store)).toEqual({ undo: null, redo: null });
    mergeEntities(store, us2.id, [us1.id]);
    expect(historyState(store).undo?.summary).toBe('merge "U.S." into "United States of America"');
    setEntityStatus(store, [russia.id], 'confirmed');
    undoLast(store);
    undoLast(store);
    expect(historyState(store).undo).toBeNull();
    expect(historyState(store).redo?.summary).toBe('merge "U.S." into "United States of America"');
    redoNext(store);
    expect(historyState(store).redo?.summary).toBe('confirmed 1 entity');
    renameEntity(store, russia.id, 'Russian Federation');
    expect(historyState(store).redo).toBeNull();
    expect(() => redoNext(store)).toThrow(/nothing to redo/);
    store.close();
  });

  it('refuses an undo that would clobber a later change, naming it, and changes nothing', () => {
    const { store, us1, us2 } = buildCase(tempDir());
    const merge = mergeEntities(store, us2.id, [us1.id]);
    renameEntity(store, us2.id, 'USA (merged)');
    const before = snapshot(store);
    // The toast's Undo names the merge, but the rename came after it and touched the survivor.
    expect(() => undoOperation(store, merge.operationId)).toThrow(
      'Cannot undo "merge "U.S." into "United States of America"": the entity "USA (merged)" was changed since by "rename to "USA (merged)"". Undo that first, or edit it by hand.',
    );
    expect(snapshot(store)).toEqual(before);
    // A change made outside the journal blocks too.
    const alias = store.list('alias', { entityId: us2.id, alias: 'United States of America' })[0]!;
    store.update('alias', alias.id, { alias: 'edited by hand' });
    expect(() => undoLast(store)).toThrow(
      'Cannot undo "rename to "USA (merged)"": the alias "edited by hand" was changed since outside the undo history (an import or another window). Undo that first, or edit it by hand.',
    );
    expect(store.require('entity', us2.id).label).toBe('USA (merged)');
    store.close();
  });

  it('refuses a redo when a record was changed after the undo', () => {
    const { store, russia } = buildCase(tempDir());
    setEntityStatus(store, [russia.id], 'confirmed');
    undoLast(store);
    store.update('entity', russia.id, { notes: 'typed by hand' });
    expect(() => redoNext(store)).toThrow(
      'Cannot redo "confirmed 1 entity": the entity "Russia" was changed since outside the undo history (an import or another window). Nothing was changed.',
    );
    expect(store.require('entity', russia.id).status).toBe('suggested');
    store.close();
  });

  it('keeps the undo and redo stacks across closing and reopening the case file', () => {
    const dir = tempDir();
    const { store, us1, us2, us3 } = buildCase(dir);
    mergeEntities(store, us2.id, [us1.id]);
    mergeEntities(store, us2.id, [us3.id]);
    undoLast(store);
    store.close();
    const reopened = CaseStore.open(join(dir, 'c.dossier'));
    expect(historyState(reopened).redo?.summary).toBe('merge "US" into "United States of America"');
    redoNext(reopened);
    expect(reopened.get('entity', us3.id)).toBeNull();
    undoLast(reopened);
    undoLast(reopened);
    expect(reopened.require('entity', us1.id).label).toBe('U.S.');
    expect(reopened.integrityCheck()).toEqual([]);
    reopened.close();
  });
});
