import type { ExtractedEntity, ExtractionResult } from '../extract/types.js';
import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord, NewRecord } from '../store/records.js';
import { ensureEntity } from './ensure-entity.js';
import type { EntityResolver } from './entity-resolver.js';
import { storeEvents } from './store-events.js';
import { storeLinks } from './store-links.js';

export interface StoredExtraction {
  /** Distinct entities the document mentions. */
  entityIds: string[];
  newEntities: number;
  mentions: number;
  events: number;
  /** Suggested links written (new or seen again). */
  links: number;
}

/**
 * Spans (`start:end`) the analyst has already decided (confirmed, rejected or added by hand):
 * a re-run of extraction does not put a suggestion of its own on them again.
 */
export type KeptSpans = ReadonlySet<string>;

export const spanOf = (start: number, end: number): string => `${start}:${end}`;

/**
 * Writes one document's extraction result: entities resolved within the case, mentions with
 * their offsets and extractor, suggested events with participants and a citation to the
 * sentence. Runs inside the caller's transaction.
 */
export function storeExtraction(
  store: WritableCase,
  resolver: EntityResolver,
  doc: DocumentRecord,
  result: ExtractionResult,
  kept: KeptSpans = new Set(),
): StoredExtraction {
  const text = doc.text;
  const groups = new Map<string, ExtractedEntity[]>();
  for (const e of result.entities) {
    if (e.start < 0 || e.end > text.length || e.end <= e.start || text.slice(e.start, e.end) !== e.text) continue;
    const g = `${e.type}\u0000${e.key}`;
    const list = groups.get(g);
    if (list) list.push(e);
    else groups.set(g, [e]);
  }
  const entityOf = new Map<string, string>();
  let newEntities = 0;
  const mentions: NewRecord<'mention'>[] = [];
  const placed = new Set<string>();
  for (const [g, list] of groups) {
    const first = list[0]!;
    const label = (first.canonical || first.text).trim();
    const value = list.find((e) => e.value)?.value;
    const aliases = new Set<string>();
    for (const e of list) {
      for (const a of e.aliases ?? []) aliases.add(a);
      aliases.add(e.text);
    }
    const { entity, created } = ensureEntity(store, resolver, {
      type: first.type,
      label,
      lookup: [...(value ? [value] : []), ...(first.aliases ?? [])],
      aliases: [...(value ? [value] : []), ...aliases],
      properties: { origin: 'extraction', ...(value ? { value } : {}) },
    });
    if (created) newEntities++;
    entityOf.set(g, entity.id);
    for (const e of list) {
      const k = `${entity.id}:${spanOf(e.start, e.end)}`;
      if (placed.has(k) || kept.has(spanOf(e.start, e.end))) continue;
      placed.add(k);
      mentions.push({
        documentId: doc.id,
        entityId: entity.id,
        start: e.start,
        end: e.end,
        surface: e.text,
        extractor: result.extractor,
        extractorVersion: result.extractorVersion,
        // The analyst rejected this entity once: new sightings do not bring it back as news.
        status: entity.status === 'rejected' ? 'rejected' : 'suggested',
      });
    }
  }
  store.insertMany('mention', mentions, 'extract-mentions');
  const events = storeEvents(store, doc, result, entityOf);
  const links = storeLinks(store, doc, result, entityOf);
  return { entityIds: [...new Set(entityOf.values())], newEntities, mentions: mentions.length, events, links };
}
