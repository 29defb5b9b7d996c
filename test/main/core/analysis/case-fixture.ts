import { join } from 'node:path';
import { CaseStore } from '../../../../main/core/store/case-store.js';

/**
 * A small case on disk: two documents, four entities, two links, one event with two
 * participants. Texts are written here (a few lines), not taken from the corpus.
 */
export function smallCase(dir: string) {
  const store = CaseStore.create(join(dir, 'chart.dossier'), { title: 'Chart test' });
  const text1 = 'Anna Berg met Carl Dorn in Riga. Later Anna Berg flew home.';
  const text2 = 'Carl Dorn runs Eastwind Ltd. Anna Berg was not there.';
  const doc1 = store.insert('document', {
    title: 'Report one',
    sourceUri: '',
    mimeType: 'text/plain',
    sha256: 'a'.repeat(64),
    size: text1.length,
    text: text1,
    language: 'en',
    publishedAt: '2021-04-02',
    ingestedAt: '2024-01-01T00:00:00.000Z',
    reliability: 'B',
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: {},
  });
  const doc2 = store.insert('document', {
    title: 'Report two',
    sourceUri: '',
    mimeType: 'text/plain',
    sha256: 'b'.repeat(64),
    size: text2.length,
    text: text2,
    language: 'en',
    publishedAt: '2022-06-01',
    ingestedAt: '2024-01-01T00:00:00.000Z',
    reliability: 'D',
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: {},
  });
  const ent = (type: string, label: string) =>
    store.insert('entity', { type, label, properties: {}, notes: '', status: 'confirmed' });
  const anna = ent('person', 'Anna Berg');
  const carl = ent('person', 'Carl Dorn');
  const riga = ent('location', 'Riga');
  const eastwind = ent('organization', 'Eastwind Ltd');
  const mention = (documentId: string, entityId: string, text: string, surface: string, from = 0) => {
    const start = text.indexOf(surface, from);
    store.insert('mention', {
      documentId,
      entityId,
      start,
      end: start + surface.length,
      surface,
      extractor: 'test',
      extractorVersion: '1',
      status: 'confirmed',
    });
  };
  mention(doc1.id, anna.id, text1, 'Anna Berg');
  mention(doc1.id, anna.id, text1, 'Anna Berg', 20);
  mention(doc1.id, carl.id, text1, 'Carl Dorn');
  mention(doc1.id, riga.id, text1, 'Riga');
  mention(doc2.id, carl.id, text2, 'Carl Dorn');
  mention(doc2.id, eastwind.id, text2, 'Eastwind Ltd');
  mention(doc2.id, anna.id, text2, 'Anna Berg');
  const runs = store.insert('link', {
    sourceId: carl.id,
    targetId: eastwind.id,
    type: 'director-of',
    directed: true,
    confidence: 0.9,
    credibility: 2,
    firstSeen: '2022-06',
    lastSeen: null,
    status: 'confirmed',
    properties: {},
  });
  store.insert('citation', {
    subjectKind: 'link',
    subjectId: runs.id,
    documentId: doc2.id,
    start: 0,
    end: 28,
    quote: text2.slice(0, 28),
    page: null,
  });
  const knows = store.insert('link', {
    sourceId: anna.id,
    targetId: carl.id,
    type: 'associate',
    directed: false,
    confidence: 0.6,
    credibility: null,
    firstSeen: null,
    lastSeen: null,
    status: 'suggested',
    properties: {},
  });
  const meeting = store.insert('event', {
    title: 'Meeting in Riga',
    startAt: '2021-03',
    endAt: null,
    datePrecision: 'month',
    locationEntityId: riga.id,
    description: '',
    status: 'confirmed',
    properties: {},
  });
  store.insert('citation', {
    subjectKind: 'event',
    subjectId: meeting.id,
    documentId: doc1.id,
    start: 0,
    end: 32,
    quote: text1.slice(0, 32),
    page: null,
  });
  store.insert('participant', { eventId: meeting.id, entityId: anna.id, role: 'attendee' });
  store.insert('participant', { eventId: meeting.id, entityId: carl.id, role: 'attendee' });
  return { store, doc1, doc2, anna, carl, riga, eastwind, runs, knows, meeting };
}
