import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import type { Status } from '../../../../main/core/store/records.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from '../entities/fixture-case.js';

const tempDir = useTempDir();

/** The events list as it was computed before it moved into SQL: every record read, then sorted. */
function readEveryRecord(store: CaseStore, status?: Status) {
  const all = store
    .list('event')
    .filter((e) => (status ? e.status === status : e.status !== 'rejected'))
    .sort(
      (a, b) =>
        (b.startAt ?? '').localeCompare(a.startAt ?? '') ||
        a.title.localeCompare(b.title, 'en') ||
        (a.id < b.id ? -1 : 1),
    );
  return all.map((e) => ({
    id: e.id,
    title: e.title,
    type: typeof e.properties.type === 'string' ? e.properties.type : '',
    startAt: e.startAt,
    status: e.status,
    participants: store.list('participant', { eventId: e.id }).length,
    citations: store.list('citation', { subjectId: e.id }).filter((c) => c.subjectKind === 'event').length,
  }));
}

function filled() {
  const built = buildCase(tempDir());
  const { store, doc, us1, us2, russia } = built;
  const statuses: Status[] = ['suggested', 'confirmed', 'rejected'];
  for (let i = 0; i < 24; i++) {
    const ev = store.insert('event', {
      title: `Event ${String(i % 5)}`,
      startAt: i % 4 === 0 ? null : `2025-11-${String(1 + (i % 9)).padStart(2, '0')}`,
      endAt: null,
      datePrecision: 'day',
      locationEntityId: null,
      description: '',
      status: statuses[i % 3]!,
      properties: i % 3 === 0 ? { type: 'attack', killed: 5 } : i % 3 === 1 ? { type: 7 } : {},
    });
    for (const entity of [us1, us2, russia].slice(0, i % 4))
      store.insert('participant', { eventId: ev.id, entityId: entity.id, role: 'agent' });
    for (let c = 0; c < i % 3; c++)
      store.insert('citation', {
        subjectKind: 'event',
        subjectId: ev.id,
        documentId: doc.id,
        start: c,
        end: c + 3,
        quote: 'The',
        page: null,
      });
  }
  return store;
}

describe('eventPage', () => {
  it('gives the rows, order, counts and total of reading every record', () => {
    const store = filled();
    for (const status of [undefined, 'suggested', 'confirmed', 'rejected'] as const) {
      const expected = readEveryRecord(store, status);
      const page = store.eventPage({ status, limit: 10 });
      expect(page.total).toBe(expected.length);
      expect(page.rows).toEqual(expected.slice(0, 10));
    }
    // Rejected events are left out unless asked for, and the limit is honoured.
    expect(store.eventPage({ limit: 1000 }).rows.some((r) => r.status === 'rejected')).toBe(false);
    expect(store.eventPage({ limit: 3 }).rows).toHaveLength(3);
  });

  it('lists the text types the case uses, once each', () => {
    const store = filled();
    expect(store.eventTypesInUse()).toEqual(['attack']);
  });
});
