import { DossierError } from '../errors.js';
import type { WritableCase } from '../store/case-store.js';
import type { MentionRecord } from '../store/records.js';
import { EntityResolver } from './entity-resolver.js';
import { type Extractor, defaultExtractor, documentDate } from './extractor.js';
import { spanOf, storeExtraction } from './store-extraction.js';

/** Mentions written by import itself (e-mail headers) or by the analyst: never replaced by a re-run. */
export const KEPT_EXTRACTORS: ReadonlySet<string> = new Set(['analyst', 'email-headers']);

export interface ReextractResult {
  removedMentions: number;
  removedEvents: number;
  removedEntities: number;
  mentions: number;
  events: number;
  entities: number;
}

/**
 * Runs extraction again on one document and replaces only extraction's own suggestions: its
 * suggested mentions and events for this document, and the suggested entities that were left
 * with nothing. The analyst's confirmed and rejected mentions, manual entities and mentions,
 * merges, links and charted entities stay exactly as they are, and no new suggestion is put
 * on a span the analyst has already decided. One transaction: all of it or none.
 */
export async function reextractDocument(
  store: WritableCase,
  documentId: string,
  options: { extractor?: Extractor } = {},
): Promise<ReextractResult> {
  const doc = store.require('document', documentId);
  if (doc.mimeType === 'text/csv') {
    throw new DossierError(
      'unsupported',
      `"${doc.title}" is structured data (CSV): its entities come from its mapping, not from extraction`,
    );
  }
  const extractor = options.extractor ?? (await defaultExtractor());
  const result = await extractor(doc.text, { date: documentDate(doc.publishedAt) });
  return store.transaction(() => {
    const mentions = store.list('mention', { documentId });
    const replaced = mentions.filter((m) => isReplaceable(m));
    const kept = new Set(mentions.filter((m) => !isReplaceable(m)).map((m) => spanOf(m.start, m.end)));
    for (const m of replaced) store.remove('mention', m.id);
    const removedEvents = removeSuggestedEvents(store, documentId);
    removeSuggestedLinks(store, documentId);
    let removedEntities = 0;
    for (const entityId of new Set(replaced.map((m) => m.entityId))) {
      if (removeIfOrphan(store, entityId)) removedEntities++;
    }
    const stored = storeExtraction(
      store,
      new EntityResolver(store),
      store.require('document', documentId),
      result,
      kept,
    );
    return {
      removedMentions: replaced.length,
      removedEvents,
      removedEntities,
      mentions: stored.mentions,
      events: stored.events,
      entities: stored.entityIds.length,
    };
  });
}

function isReplaceable(m: MentionRecord): boolean {
  return m.status === 'suggested' && !KEPT_EXTRACTORS.has(m.extractor);
}

function removeSuggestedEvents(store: WritableCase, documentId: string): number {
  let n = 0;
  for (const c of store.list('citation', { documentId, subjectKind: 'event' })) {
    const event = store.get('event', c.subjectId);
    if (!event || event.status !== 'suggested' || event.properties.origin !== 'extraction') continue;
    store.remove('citation', c.id);
    // Another document reports the same event: it keeps the event and its own citations.
    if (store.list('citation', { subjectId: event.id }, { limit: 1 }).length > 0) continue;
    for (const p of store.list('participant', { eventId: event.id })) store.remove('participant', p.id);
    store.remove('event', event.id);
    n++;
  }
  return n;
}

/** This document's citations of suggested links; a suggested link no document cites any more goes. */
function removeSuggestedLinks(store: WritableCase, documentId: string): void {
  for (const c of store.list('citation', { documentId, subjectKind: 'link' })) {
    const link = store.get('link', c.subjectId);
    if (!link || link.status !== 'suggested' || link.properties.origin !== 'extraction') continue;
    store.remove('citation', c.id);
    if (store.list('citation', { subjectId: link.id }, { limit: 1 }).length === 0) store.remove('link', link.id);
  }
}

function removeIfOrphan(store: WritableCase, entityId: string): boolean {
  const e = store.get('entity', entityId);
  if (!e || e.status !== 'suggested' || e.properties.origin !== 'extraction') return false;
  const used =
    store.list('mention', { entityId }, { limit: 1 }).length > 0 ||
    store.list('participant', { entityId }, { limit: 1 }).length > 0 ||
    store.list('link', { sourceId: entityId }, { limit: 1 }).length > 0 ||
    store.list('link', { targetId: entityId }, { limit: 1 }).length > 0 ||
    store.list('event', { locationEntityId: entityId }, { limit: 1 }).length > 0 ||
    store.list('citation', { subjectId: entityId }, { limit: 1 }).length > 0 ||
    store.list('chartNode', { subjectId: entityId }, { limit: 1 }).length > 0;
  if (used) return false;
  for (const a of store.list('alias', { entityId })) store.remove('alias', a.id);
  store.remove('entity', entityId);
  return true;
}
