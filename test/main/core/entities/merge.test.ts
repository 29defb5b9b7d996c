import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { undoLast, undoOperation } from '../../../../main/core/entities/undo.js';
import type { RecordKind } from '../../../../main/core/store/records.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

/** Every record of the case without its modified time: what an undo must bring back exactly. */
function snapshot(store: CaseStore): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const kind of RECORD_KINDS as RecordKind[]) {
    out[kind] = store.list(kind).map((r) => ({ ...r, modifiedAt: undefined }));
  }
  out.redirects = store.redirects();
  out.tombstones = store.tombstones().map((t) => t.id);
  return out;
}

describe('mergeEntities', () => {
  it('moves mentions, aliases, links, participants, locations, citations and chart nodes to the survivor', () => {
    const c = buildCase(tempDir());
    const { store, us1, us2, us3, russia, selfToBe, met, event, chart } = c;
    const result = mergeEntities(store, us1.id, [us2.id, us3.id]);
    expect(result.droppedSelfLinks).toBe(1);
    expect(result.affected.sort()).toEqual([us1.id, us2.id, us3.id].sort());
    expect(store.get('entity', us2.id)).toBeNull();
    expect(store.get('entity', us3.id)).toBeNull();
    const survivor = store.require('entity', us1.id);
    expect(survivor.status).toBe('confirmed');
    expect(survivor.properties).toMatchObject({ 'U.S.': true, 'United States of America': true, US: true });
    expect(survivor.notes).toBe('seen twice');
    expect(
      store
        .list('alias', { entityId: us1.id })
        .map((a) => a.alias)
        .sort(),
    ).toEqual(['US', 'USA', 'United States of America']);
    expect(store.list('mention', { entityId: us1.id })).toHaveLength(3);
    expect(store.get('link', selfToBe.id)).toBeNull();
    expect(store.list('citation', { subjectId: selfToBe.id })).toEqual([]);
    expect(store.require('link', met.id)).toMatchObject({ sourceId: us1.id, targetId: russia.id });
    expect(store.list('participant', { eventId: event.id }).map((p) => p.entityId)).toEqual([us1.id]);
    expect(store.require('event', event.id).locationEntityId).toBe(us1.id);
    expect(store.list('citation', { subjectKind: 'entity' }).map((x) => x.subjectId)).toEqual([us1.id]);
    expect(store.list('chartNode', { chartId: chart.id }).map((n) => n.subjectId)).toEqual([us1.id]);
    expect(
      store
        .redirects()
        .map((r) => [r.fromId, r.toId])
        .sort(),
    ).toEqual(
      [
        [us2.id, us1.id],
        [us3.id, us1.id],
      ].sort(),
    );
    expect(store.tombstones().map((t) => t.id)).toEqual(expect.arrayContaining([us2.id, us3.id]));
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('refuses merging into itself, across types or of missing ids, changing nothing', () => {
    const { store, us1, us2 } = buildCase(tempDir());
    const before = snapshot(store);
    expect(() => mergeEntities(store, us1.id, [us1.id])).toThrow(/into itself/);
    const person = store.insert('entity', {
      type: 'person',
      label: 'Someone',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    expect(() => mergeEntities(store, us1.id, [person.id])).toThrow(/only entities of one type merge/);
    store.remove('entity', person.id);
    expect(() => mergeEntities(store, us1.id, [us2.id, '01890000-0000-7000-8000-000000000000'])).toThrow(
      /no entity with id/,
    );
    const after = snapshot(store);
    expect({ ...after, tombstones: [] }).toEqual({ ...before, tombstones: [] });
    store.close();
  });

  it('is undone exactly: records, redirects and tombstones as before the merge', () => {
    const { store, us1, us2, us3 } = buildCase(tempDir());
    const before = snapshot(store);
    const result = mergeEntities(store, us1.id, [us2.id, us3.id]);
    const undone = undoOperation(store, result.operationId);
    expect(undone.name).toBe('merge');
    // Records created by the merge (aliases) keep a tombstone once removed, so a bundle that
    // carried them removes them too; everything that existed before is back, untombstoned.
    const after = snapshot(store);
    expect({ ...after, tombstones: [] }).toEqual({ ...before, tombstones: [] });
    expect(after.tombstones).toHaveLength(2);
    for (const id of after.tombstones as string[]) expect(store.get('alias', id)).toBeNull();
    expect(after.tombstones).not.toContain(us2.id);
    expect(store.require('entity', us2.id).label).toBe('United States of America');
    expect(store.require('entity', us3.id).modifiedAt > us3.modifiedAt).toBe(true);
    expect(store.integrityCheck()).toEqual([]);
    expect(() => undoOperation(store, result.operationId)).toThrow(/already undone/);
    expect(() => undoLast(store)).toThrow(/nothing to undo/);
    expect(store.auditLog().some((a) => a.action === 'undo' && a.subjectId === result.operationId)).toBe(true);
    store.close();
  });

  it('refuses to undo when a record the merge touched has changed since', () => {
    const { store, us1, us2 } = buildCase(tempDir());
    const result = mergeEntities(store, us1.id, [us2.id]);
    store.update('entity', us1.id, { notes: 'edited after the merge' });
    const before = snapshot(store);
    expect(() => undoOperation(store, result.operationId)).toThrow(/changed since/);
    expect(snapshot(store)).toEqual(before);
    store.close();
  });
});
