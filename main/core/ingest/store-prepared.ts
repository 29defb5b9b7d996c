import type { WritableCase } from '../store/case-store.js';
import type { DocumentRecord, Reliability, Tlp } from '../store/records.js';
import type { CsvMapping } from './types.js';
import type { EntityResolver } from './entity-resolver.js';
import type { PreparedDocument } from './prepare-file.js';
import { SkipError } from './skip-error.js';
import { storeExtraction } from './store-extraction.js';
import { storeParties } from './store-parties.js';
import { storeTable } from './store-table.js';

export interface StoreContext {
  resolver: EntityResolver;
  reliability: Reliability | null;
  tlp: Tlp;
  csvMapping: CsvMapping | null;
  sourceUris: Readonly<Record<string, string>>;
}

export interface StoredDocument {
  document: DocumentRecord;
  entities: number;
  mentions: number;
  events: number;
  children: number;
}

/**
 * Writes a prepared document, its attachments and everything extracted from them in ONE
 * transaction: either all of it is in the case afterwards, or none of it.
 */
export function storePrepared(store: WritableCase, prepared: PreparedDocument, ctx: StoreContext): StoredDocument {
  try {
    return store.transaction(() => storeTree(store, prepared, null, ctx));
  } catch (e) {
    // The resolver may have learnt names of entities that were just rolled back.
    ctx.resolver.reset();
    throw e;
  }
}

function storeTree(
  store: WritableCase,
  p: PreparedDocument,
  parentId: string | null,
  ctx: StoreContext,
): StoredDocument {
  store.putOriginal(p.sha256, p.bytes);
  const document = store.insert('document', {
    title: p.title,
    sourceUri: p.sourceUri,
    mimeType: p.mimeType,
    sha256: p.sha256,
    size: p.bytes.length,
    text: p.text,
    language: null,
    publishedAt: p.publishedAt,
    ingestedAt: new Date().toISOString(),
    reliability: ctx.reliability,
    tlp: ctx.tlp,
    parentId,
    properties: { ...p.properties, fileName: p.fileName },
  });
  const out: StoredDocument = { document, entities: 0, mentions: 0, events: 0, children: 0 };
  const entityIds = new Set<string>();
  // Spans already mentioned from the e-mail headers: extraction does not mention them twice.
  const taken = new Set<string>();
  if (p.parties.length) {
    const r = storeParties(store, ctx.resolver, document, p.parties);
    r.entityIds.forEach((id) => entityIds.add(id));
    r.spans.forEach((s) => taken.add(s));
    out.mentions += r.mentions;
  }
  // A mapping is for the CSV files the analyst chose; a CSV attached to an e-mail is kept as text.
  if (p.table && parentId === null) {
    if (!ctx.csvMapping)
      throw new SkipError('unsupported', 'a CSV file is imported through a mapping, and none was given');
    const r = storeTable(store, ctx.resolver, document, p.table, ctx.csvMapping);
    r.entityIds.forEach((id) => entityIds.add(id));
  }
  if (p.extraction) {
    const r = storeExtraction(store, ctx.resolver, document, p.extraction, taken);
    r.entityIds.forEach((id) => entityIds.add(id));
    out.mentions += r.mentions;
    out.events += r.events;
  }
  out.entities = entityIds.size;
  for (const child of p.children) {
    const c = storeTree(store, child, document.id, ctx);
    out.children += 1 + c.children;
    out.entities += c.entities;
    out.mentions += c.mentions;
    out.events += c.events;
  }
  return out;
}
