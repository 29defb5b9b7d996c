import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { RecordKind, RecordsByKind } from '../../../../main/core/store/records.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small case holding at least one record of every kind, with an original, a tombstone and a redirect. */
export function buildSampleCase(
  dir: string,
  name = 'sample.dossier',
): { store: CaseStore; path: string; ids: Record<string, string> } {
  const path = join(dir, name);
  const store = CaseStore.create(path, { title: 'Border incidents', tlp: 'TLP:AMBER' });
  const text = 'On 13 December 2025 Emomali Rahmon met officials of Acme Holdings in Dushanbe.';
  const original = Buffer.from(`%PDF-fake ${text}`);
  store.putOriginal(sha256(original), original);
  const doc = store.insert('document', {
    title: 'Field report 7',
    sourceUri: 'file:///reports/7.pdf',
    mimeType: 'application/pdf',
    sha256: sha256(original),
    size: original.length,
    text,
    language: 'en',
    publishedAt: '2025-12-13',
    ingestedAt: '2025-12-14T08:00:00.000Z',
    reliability: 'B',
    tlp: 'TLP:GREEN',
    parentId: null,
    properties: { pages: 2 },
  });
  const child = store.insert('document', {
    title: 'Attachment',
    sourceUri: '',
    mimeType: 'text/plain',
    sha256: sha256('att'),
    size: 3,
    text: 'att',
    language: null,
    publishedAt: null,
    ingestedAt: '2025-12-14T08:00:00.000Z',
    reliability: null,
    tlp: 'TLP:AMBER',
    parentId: doc.id,
    properties: {},
  });
  const person = store.insert('entity', {
    type: 'person',
    label: 'Emomali Rahmon',
    properties: { nationality: 'TJ' },
    notes: 'head of state',
    status: 'confirmed',
  });
  const org = store.insert('entity', {
    type: 'organization',
    label: 'Acme Holdings',
    properties: {},
    notes: '',
    status: 'suggested',
  });
  const place = store.insert('entity', {
    type: 'location',
    label: 'Dushanbe',
    properties: { country: 'TJ' },
    notes: '',
    status: 'suggested',
  });
  const gone = store.insert('entity', {
    type: 'person',
    label: 'Deleted Person',
    properties: {},
    notes: '',
    status: 'suggested',
  });
  const alias = store.insert('alias', { entityId: person.id, alias: 'Rahmon' });
  const mention = store.insert('mention', {
    documentId: doc.id,
    entityId: person.id,
    start: 20,
    end: 35,
    surface: 'Emomali Rahmon',
    extractor: 'rules',
    extractorVersion: '1',
    status: 'suggested',
  });
  const event = store.insert('event', {
    title: 'Meeting in Dushanbe',
    startAt: '2025-12-13',
    endAt: null,
    datePrecision: 'day',
    locationEntityId: place.id,
    description: 'meeting',
    status: 'suggested',
    properties: {},
  });
  const participant = store.insert('participant', { eventId: event.id, entityId: person.id, role: 'host' });
  const link = store.insert('link', {
    sourceId: person.id,
    targetId: org.id,
    type: 'associate',
    directed: false,
    confidence: 0.7,
    credibility: 2,
    firstSeen: '2025-12-13',
    lastSeen: null,
    status: 'confirmed',
    properties: { note: 'met' },
  });
  const citation = store.insert('citation', {
    subjectKind: 'link',
    subjectId: link.id,
    documentId: doc.id,
    start: 0,
    end: 40,
    quote: text.slice(0, 40),
    page: 1,
  });
  const chart = store.insert('chart', {
    name: 'Main',
    viewport: { zoom: 1.5, x: 10, y: -4 },
    settings: { layout: 'fa2' },
  });
  const n1 = store.insert('chartNode', {
    chartId: chart.id,
    subjectId: person.id,
    x: 12.5,
    y: -3,
    style: { color: '#f00' },
    locked: true,
    hidden: false,
    groupId: null,
  });
  const n2 = store.insert('chartNode', {
    chartId: chart.id,
    subjectId: org.id,
    x: 100,
    y: 40,
    style: {},
    locked: false,
    hidden: false,
    groupId: null,
  });
  store.remove('entity', gone.id);
  store.putRedirect({
    fromId: gone.id,
    toId: person.id,
    caseId: store.meta().id,
    mergedAt: '2025-12-15T00:00:00.000Z',
  });
  return {
    store,
    path,
    ids: {
      doc: doc.id,
      child: child.id,
      person: person.id,
      org: org.id,
      place: place.id,
      gone: gone.id,
      alias: alias.id,
      mention: mention.id,
      event: event.id,
      participant: participant.id,
      link: link.id,
      citation: citation.id,
      chart: chart.id,
      n1: n1.id,
      n2: n2.id,
    },
  };
}

/** Every record of every kind, by kind, sorted by id: what two cases must agree on. */
export function snapshot(
  store: CaseStore,
): { [K in RecordKind]: RecordsByKind[K][] } & { tombstones: unknown[]; redirects: unknown[] } {
  const out = Object.fromEntries(RECORD_KINDS.map((k) => [k, [...store.iterate(k)]])) as never as {
    [K in RecordKind]: RecordsByKind[K][];
  };
  return { ...out, tombstones: store.tombstones(), redirects: store.redirects() };
}
