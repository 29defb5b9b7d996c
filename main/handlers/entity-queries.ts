import type { EntityDetail, EntityLink, EntityRow, EventDetail, LinkDetail } from '../../preload/contract.js';
import type { ReadableCase } from '../core/store/case-store.js';
import { subjectHistory } from '../core/store/audit-sql.js';
import type { EntityRecord } from '../core/store/records.js';
import { entityRef } from './desk-reads.js';

export interface Tally {
  mentions: number;
  documents: number;
  links: number;
}

export function toEntityRow(e: EntityRecord, tally: Tally | undefined): EntityRow {
  return {
    id: e.id,
    type: e.type,
    label: e.label,
    status: e.status,
    mentions: tally?.mentions ?? 0,
    documents: tally?.documents ?? 0,
    links: tally?.links ?? 0,
  };
}

const CONTEXT = 90;
/** How many of a record's latest audit rows the inspector lists. */
const HISTORY_SHOWN = 30;

/** Everything the inspector shows for one entity. */
export function entityDetail(store: ReadableCase, id: string): EntityDetail {
  const e = store.require('entity', id);
  const mentions = store.list('mention', { entityId: id }).filter((m) => m.status !== 'rejected');
  const docs = new Map<string, { title: string; text: string }>();
  const docOf = (docId: string) => {
    let d = docs.get(docId);
    if (!d) {
      const rec = store.get('document', docId);
      d = { title: rec?.title ?? '(missing document)', text: rec?.text ?? '' };
      docs.set(docId, d);
    }
    return d;
  };
  // Passages: the analyst's citations first, then where the entity is mentioned.
  const citations = store.list('citation', { subjectId: id }).map((c) => ({
    documentId: c.documentId,
    documentTitle: docOf(c.documentId).title,
    start: c.start,
    end: c.end,
    quote: c.quote,
  }));
  for (const m of mentions.slice(0, 50)) {
    const d = docOf(m.documentId);
    const from = Math.max(0, m.start - CONTEXT);
    const to = Math.min(d.text.length, m.end + CONTEXT);
    const quote = `${from > 0 ? '…' : ''}${d.text.slice(from, to).replace(/\s+/g, ' ')}${to < d.text.length ? '…' : ''}`;
    citations.push({ documentId: m.documentId, documentTitle: d.title, start: m.start, end: m.end, quote });
  }
  const linkList: EntityLink[] = [];
  for (const [field, outgoing] of [
    ['sourceId', true],
    ['targetId', false],
  ] as const) {
    for (const l of store.list('link', { [field]: id })) {
      const otherId = outgoing ? l.targetId : l.sourceId;
      const other = store.get('entity', otherId);
      linkList.push({
        id: l.id,
        type: l.type,
        directed: l.directed,
        confidence: l.confidence,
        status: l.status,
        otherId,
        otherLabel: other?.label ?? '(missing)',
        otherType: other?.type ?? 'unknown',
        outgoing,
      });
    }
  }
  const history = subjectHistory(store, id, HISTORY_SHOWN);
  return {
    ...toEntityRow(e, {
      mentions: mentions.length,
      documents: new Set(mentions.map((m) => m.documentId)).size,
      links: linkList.length,
    }),
    notes: e.notes,
    properties: e.properties,
    aliases: store.list('alias', { entityId: id }).map((a) => a.alias),
    citations,
    linkList,
    history,
  };
}

/** A link, its two ends, and every passage cited for it with its source's grade. */
export function linkDetail(store: ReadableCase, id: string): LinkDetail {
  const l = store.require('link', id);
  const citations = citedPassages(store, id);
  const history = subjectHistory(store, id, HISTORY_SHOWN);
  return {
    id,
    type: l.type,
    directed: l.directed,
    confidence: l.confidence,
    credibility: l.credibility,
    status: l.status,
    firstSeen: l.firstSeen,
    lastSeen: l.lastSeen,
    source: entityRef(store, l.sourceId),
    target: entityRef(store, l.targetId),
    citations,
    history,
  };
}

/** An event with its place, its participants and the passages it was read from. */
export function eventDetail(store: ReadableCase, id: string): EventDetail {
  const ev = store.require('event', id);
  const entity = (entityId: string) => entityRef(store, entityId);
  return {
    id,
    title: ev.title,
    startAt: ev.startAt,
    endAt: ev.endAt,
    datePrecision: ev.datePrecision,
    status: ev.status,
    description: ev.description,
    location: ev.locationEntityId ? entity(ev.locationEntityId) : null,
    participants: store.list('participant', { eventId: id }).map((p) => ({ ...entity(p.entityId), role: p.role })),
    citations: citedPassages(store, id),
  };
}

function citedPassages(store: ReadableCase, subjectId: string): LinkDetail['citations'] {
  return store.list('citation', { subjectId }).map((c) => {
    const d = store.get('document', c.documentId);
    return {
      documentId: c.documentId,
      documentTitle: d?.title ?? '(missing document)',
      start: c.start,
      end: c.end,
      quote: c.quote,
      reliability: d?.reliability ?? null,
    };
  });
}
