import { describe, expect, it } from 'vitest';
import { createEvent, deleteEvent, editEvent, setEventStatus } from '../../../../main/core/entities/event-edit.js';
import { addCitation, addLink, deleteLink, editLink, setLinkStatus } from '../../../../main/core/entities/link-edit.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

describe('the desk: links and events', () => {
  it('creates a typed, graded link with citations, edits it, deletes it, each undoable', () => {
    const { store, doc, text, us2, russia, dushanbe } = buildCase(tempDir());
    const at = text.indexOf('met Russia');
    const { link } = addLink(store, {
      sourceId: us2.id,
      targetId: russia.id,
      type: 'allied with',
      directed: false,
      confidence: 0.8,
      credibility: 2,
      citations: [{ documentId: doc.id, start: at, end: at + 10 }],
    });
    expect(link).toMatchObject({ type: 'allied with', status: 'confirmed', credibility: 2, confidence: 0.8 });
    expect(store.list('citation', { subjectId: link.id }).map((c) => c.quote)).toEqual(['met Russia']);
    expect(() =>
      addLink(store, {
        sourceId: us2.id,
        targetId: us2.id,
        type: 'x',
        directed: false,
        confidence: 1,
        credibility: null,
      }),
    ).toThrow(/two different/);
    expect(() =>
      addLink(store, {
        sourceId: us2.id,
        targetId: russia.id,
        type: 'x',
        directed: false,
        confidence: 1,
        credibility: 7,
      }),
    ).toThrow(/1–6/);

    const cid = store.list('citation', { subjectId: link.id })[0]!.id;
    editLink(store, link.id, {
      type: 'hostile to',
      directed: true,
      swapEnds: true,
      removeCitationIds: [cid],
      addCitations: [{ documentId: doc.id, start: 0, end: 8 }],
    });
    expect(store.require('link', link.id)).toMatchObject({
      type: 'hostile to',
      directed: true,
      sourceId: russia.id,
      targetId: us2.id,
    });
    expect(store.list('citation', { subjectId: link.id }).map((c) => c.quote)).toEqual(['The U.S.']);
    undoLast(store);
    expect(store.require('link', link.id)).toMatchObject({ type: 'allied with', sourceId: us2.id });
    expect(store.list('citation', { subjectId: link.id }).map((c) => c.quote)).toEqual(['met Russia']);

    const other = addLink(store, {
      sourceId: russia.id,
      targetId: dushanbe.id,
      type: 'based in',
      directed: true,
      confidence: 0.5,
      credibility: null,
    }).link;
    deleteLink(store, other.id);
    expect(store.get('link', other.id)).toBeNull();
    expect(store.tombstones().map((t) => t.id)).toContain(other.id);
    undoLast(store);
    expect(store.require('link', other.id).type).toBe('based in');
    store.close();
  });

  it('confirms and rejects suggested links like mentions', () => {
    const { store, met, selfToBe } = buildCase(tempDir());
    setLinkStatus(store, [met.id, selfToBe.id], 'rejected');
    expect(store.require('link', met.id).status).toBe('rejected');
    undoLast(store);
    expect(store.require('link', met.id).status).toBe('suggested');
    store.close();
  });

  it('creates an event with type, partial dates, place, participants by role and a citation; edits and deletes it', () => {
    const { store, doc, text, us2, russia, dushanbe } = buildCase(tempDir());
    const at = text.indexOf('US officials spoke');
    const { event } = createEvent(store, {
      title: 'Talks in Dushanbe',
      type: 'meeting',
      startAt: '2025-12',
      endAt: null,
      locationEntityId: dushanbe.id,
      notes: 'first contact',
      participants: [
        { entityId: us2.id, role: 'agent' },
        { entityId: russia.id, role: 'addressee' },
      ],
      citations: [{ documentId: doc.id, start: at, end: at + 18 }],
    });
    expect(event).toMatchObject({
      status: 'confirmed',
      startAt: '2025-12',
      datePrecision: 'month',
      description: 'first contact',
      properties: { type: 'meeting' },
    });
    expect(
      store
        .list('participant', { eventId: event.id })
        .map((p) => p.role)
        .sort(),
    ).toEqual(['addressee', 'agent']);
    expect(() =>
      createEvent(store, {
        title: 'x',
        type: 'other',
        startAt: '2025-02-30',
        endAt: null,
        locationEntityId: null,
        notes: '',
        participants: [],
      }),
    ).toThrow(/2025-02 has no day 30/);
    expect(() =>
      createEvent(store, {
        title: 'x',
        type: 'other',
        startAt: '2025-03',
        endAt: '2025-01',
        locationEntityId: null,
        notes: '',
        participants: [],
      }),
    ).toThrow(/ends before/);

    editEvent(store, event.id, {
      startAt: '2025-12-12',
      endAt: '2025-12-13',
      participants: [{ entityId: us2.id, role: 'speaker' }],
      type: 'statement',
    });
    expect(store.require('event', event.id)).toMatchObject({
      datePrecision: 'range',
      properties: { type: 'statement', origin: 'analyst' },
    });
    expect(store.list('participant', { eventId: event.id }).map((p) => [p.entityId, p.role])).toEqual([
      [us2.id, 'speaker'],
    ]);
    undoLast(store);
    expect(store.list('participant', { eventId: event.id })).toHaveLength(2);

    addCitation(store, 'event', event.id, { documentId: doc.id, start: 0, end: 8 });
    expect(store.list('citation', { subjectId: event.id })).toHaveLength(2);
    deleteEvent(store, event.id);
    expect(store.get('event', event.id)).toBeNull();
    expect(store.list('participant', { eventId: event.id })).toEqual([]);
    undoLast(store);
    expect(store.list('participant', { eventId: event.id })).toHaveLength(2);
    expect(store.list('citation', { subjectId: event.id })).toHaveLength(2);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('confirms suggested events in bulk', () => {
    const { store, event } = buildCase(tempDir());
    const second = store.insert('event', { ...event, id: undefined, title: 'Second' } as never);
    setEventStatus(store, [event.id, second.id], 'confirmed');
    expect([store.require('event', event.id).status, store.require('event', second.id).status]).toEqual([
      'confirmed',
      'confirmed',
    ]);
    undoLast(store);
    expect(store.require('event', second.id).status).toBe('suggested');
    store.close();
  });
});
