import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setMentionStatus } from '../../../../main/core/entities/status.js';
import { auditDetail, auditPage } from '../../../../main/core/entities/audit-entries.js';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { redoNext, redoOperation } from '../../../../main/core/entities/redo.js';
import { undoLast, undoOperation } from '../../../../main/core/entities/undo.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { EntityRecord } from '../../../../main/core/store/records.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();
const MENTIONS = 1_000;

/** A case file with two people mentioned 1,000 times each across 20 documents, on an event and a chart. */
function bigCase(path: string) {
  const store = CaseStore.create(path, { title: 'large merge' });
  const text = 'Zafar Kurbonov met Zafar Qurbonov. '.repeat(60);
  const docs = store.insertMany(
    'document',
    Array.from({ length: 20 }, (_, i) => ({
      title: `Report ${i}`,
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: String(i).padStart(64, '0'),
      size: text.length,
      text,
      language: 'en',
      publishedAt: null,
      ingestedAt: '2026-01-01T00:00:00.000Z',
      reliability: 'B',
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    })),
  );
  const person = (label: string) =>
    store.insert('entity', { type: 'person', label, properties: {}, notes: '', status: 'suggested' });
  const a = person('Zafar Kurbonov');
  const b = person('Zafar Qurbonov');
  for (const [e, offset] of [
    [a, 0],
    [b, 19],
  ] as const) {
    store.insertMany(
      'mention',
      Array.from({ length: MENTIONS }, (_, i) => ({
        documentId: docs[i % docs.length]!.id,
        entityId: e.id,
        start: offset + 35 * Math.floor(i / docs.length),
        end: offset + 35 * Math.floor(i / docs.length) + 14,
        surface: e.label,
        extractor: 'test',
        extractorVersion: '1',
        status: 'suggested' as const,
      })),
    );
  }
  // One span both entities claim: the merged entity's copy is dropped, not moved.
  const { documentId, start, end } = store.list('mention', { entityId: a.id })[0]!;
  store.insert('mention', {
    documentId,
    start,
    end,
    entityId: b.id,
    surface: 'Qurbonov',
    extractor: 'test',
    extractorVersion: '1',
    status: 'suggested',
  });
  const event = store.insert('event', {
    title: 'Meeting',
    startAt: null,
    endAt: null,
    datePrecision: 'unknown',
    locationEntityId: b.id,
    description: '',
    status: 'confirmed',
    properties: {},
  });
  store.insert('participant', { eventId: event.id, entityId: b.id, role: 'agent' });
  const chart = store.insert('chart', { name: 'Main', viewport: {}, settings: {} });
  store.insert('chartNode', {
    chartId: chart.id,
    subjectId: b.id,
    x: 0,
    y: 0,
    style: {},
    locked: false,
    hidden: false,
    groupId: null,
  });
  return { store, a, b, event, chart };
}

/** Every record without its modified time, with redirects and tombstones: what undo must restore. */
function snapshot(store: CaseStore) {
  const records = Object.fromEntries(
    RECORD_KINDS.map((k) => [k, store.list(k).map((r) => ({ ...r, modifiedAt: undefined }))]),
  );
  return { records, redirects: store.redirects(), tombstones: store.tombstones().map((t) => t.id) };
}

const mentionsOf = (store: CaseStore, e: EntityRecord) => store.list('mention', { entityId: e.id }).length;

describe('a merge of two entities with 1,000 mentions each', () => {
  it('journals the mentions as one bulk move, and undoes and redoes exactly across reopening the file', () => {
    const path = join(tempDir(), 'large.dossier');
    const { store, a, b, event, chart } = bigCase(path);
    const before = snapshot(store);
    const auditBefore = store.auditLog().length;

    const result = mergeEntities(store, a.id, [b.id]);
    expect(mentionsOf(store, a)).toBe(2 * MENTIONS);
    expect(store.get('entity', b.id)).toBeNull();
    expect(store.list('participant', { eventId: event.id }).map((p) => p.entityId)).toEqual([a.id]);
    expect(store.require('event', event.id).locationEntityId).toBe(a.id);
    expect(store.list('chartNode', { chartId: chart.id }).map((n) => n.subjectId)).toEqual([a.id]);
    expect(store.integrityCheck()).toEqual([]);
    // A few audit rows, not one per moved mention; the merge still names how many records it changed.
    const written = store.auditLog({ afterSeq: 0 }).slice(auditBefore);
    expect(written.length).toBeLessThan(20);
    const move = written.find((w) => w.action === 'move-many' && w.subjectKind === 'mention')!;
    expect(move.after).toMatchObject({ count: MENTIONS, field: 'entityId', value: a.id });
    const merge = auditPage(store, { offset: 0, limit: 5, kind: 'merge' }).rows[0]!;
    expect(merge.records).toBeGreaterThan(MENTIONS);
    const detail = auditDetail(store, merge.seq);
    expect(detail.changes.length + detail.more).toBeGreaterThan(MENTIONS);
    expect(detail.changes.find((c) => c.kind === 'mention' && c.change === 'changed')!.fields).toEqual([
      { field: 'entityId', before: 'Zafar Qurbonov', after: 'Zafar Kurbonov' },
    ]);
    const after = snapshot(store);
    store.close();

    const reopened = CaseStore.open(path);
    expect(undoLast(reopened).operationId).toBe(result.operationId);
    const undone = snapshot(reopened);
    // Undoing the merge leaves a tombstone for the alias it had created (so bundles carry the undo).
    expect({ ...undone, tombstones: [] }).toEqual({ ...before, tombstones: [] });
    expect(mentionsOf(reopened, b)).toBe(MENTIONS + 1);
    expect(reopened.integrityCheck()).toEqual([]);
    reopened.close();

    const again = CaseStore.open(path);
    redoNext(again);
    expect(snapshot(again).records).toEqual(after.records);
    expect(again.integrityCheck()).toEqual([]);
    undoLast(again);
    expect(snapshot(again).records).toEqual(before.records);
    again.close();
  });

  it('refuses the undo, changing nothing, when a moved mention was changed since, and allows it once that is undone', () => {
    const { store, a, b } = bigCase(join(tempDir(), 'refuse.dossier'));
    const merge = mergeEntities(store, a.id, [b.id]);
    const moved = store.list('mention', { entityId: a.id }).find((m) => m.surface === 'Zafar Qurbonov')!;
    setMentionStatus(store, [moved.id], 'confirmed');
    const state = snapshot(store);
    expect(() => undoOperation(store, merge.operationId)).toThrow(
      /the mention "Zafar Qurbonov" was changed since by "confirmed 1 mention"/,
    );
    expect(snapshot(store)).toEqual(state);

    // Undoing the confirmation leaves the mention as the merge left it, under a new modified time.
    undoLast(store);
    undoLast(store);
    expect(mentionsOf(store, b)).toBe(MENTIONS + 1);
    expect(store.integrityCheck()).toEqual([]);

    // And a redo is refused once a mention it would move back was changed after the undo.
    const back = store.list('mention', { entityId: b.id }).find((m) => m.surface === 'Zafar Qurbonov')!;
    setMentionStatus(store, [back.id], 'rejected');
    const undoneState = snapshot(store);
    expect(() => redoOperation(store, merge.operationId)).toThrow(/the mention "Zafar Qurbonov" was changed since/);
    expect(snapshot(store)).toEqual(undoneState);
    store.close();
  });
});
