import { join } from 'node:path';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { EntityRecord } from '../../../../main/core/store/records.js';

/** A small case with two documents, duplicate entities, links, an event and a chart. */
export function buildCase(dir: string) {
  const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'entities' });
  const text = 'The U.S. and the United States of America met Russia. US officials spoke in Dushanbe.';
  const doc = store.insert('document', {
    title: 'Report',
    sourceUri: '',
    mimeType: 'text/plain',
    sha256: 'a'.repeat(64),
    size: text.length,
    text,
    language: null,
    publishedAt: null,
    ingestedAt: new Date().toISOString(),
    reliability: null,
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: { pageStarts: [0, 54] },
  });
  const entity = (type: string, label: string): EntityRecord =>
    store.insert('entity', {
      type,
      label,
      properties: { origin: 'extraction', [label]: true },
      notes: label === 'U.S.' ? 'seen twice' : '',
      status: 'suggested',
    });
  const us1 = entity('location', 'U.S.');
  const us2 = entity('location', 'United States of America');
  const us3 = entity('location', 'US');
  const russia = entity('location', 'Russia');
  const dushanbe = entity('location', 'Dushanbe');
  const mention = (e: EntityRecord, surface: string, from = 0) => {
    const start = text.indexOf(surface, from);
    return store.insert('mention', {
      documentId: doc.id,
      entityId: e.id,
      start,
      end: start + surface.length,
      surface,
      extractor: 'x',
      extractorVersion: '1',
      status: 'suggested',
    });
  };
  mention(us1, 'U.S.');
  mention(us2, 'United States of America');
  mention(us3, 'US', 50);
  mention(russia, 'Russia');
  store.insert('alias', { entityId: us2.id, alias: 'USA' });
  const link = (a: EntityRecord, b: EntityRecord, type: string) =>
    store.insert('link', {
      sourceId: a.id,
      targetId: b.id,
      type,
      directed: true,
      confidence: 0.5,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: {},
    });
  const selfToBe = link(us1, us2, 'same-as');
  const met = link(us2, russia, 'met');
  store.insert('citation', {
    subjectKind: 'link',
    subjectId: selfToBe.id,
    documentId: doc.id,
    start: 0,
    end: 10,
    quote: text.slice(0, 10),
    page: 1,
  });
  const event = store.insert('event', {
    title: 'Meeting',
    startAt: null,
    endAt: null,
    datePrecision: 'unknown',
    locationEntityId: us3.id,
    description: '',
    status: 'suggested',
    properties: {},
  });
  store.insert('participant', { eventId: event.id, entityId: us1.id, role: 'participant' });
  store.insert('participant', { eventId: event.id, entityId: us2.id, role: 'participant' });
  store.insert('citation', {
    subjectKind: 'entity',
    subjectId: us3.id,
    documentId: doc.id,
    start: 54,
    end: 56,
    quote: 'US',
    page: 2,
  });
  const chart = store.insert('chart', { name: 'Main', viewport: {}, settings: {} });
  store.insert('chartNode', {
    chartId: chart.id,
    subjectId: us1.id,
    x: 1,
    y: 1,
    style: {},
    locked: false,
    hidden: false,
    groupId: null,
  });
  store.insert('chartNode', {
    chartId: chart.id,
    subjectId: us2.id,
    x: 2,
    y: 2,
    style: {},
    locked: false,
    hidden: false,
    groupId: null,
  });
  return { store, doc, text, us1, us2, us3, russia, dushanbe, selfToBe, met, event, chart };
}
