import { isCredibility } from '../../../lib/vocabulary/index.js';
import { DossierError } from '../errors.js';
import { caseNameKey } from '../names/case-name-key.js';
import { pageOf } from '../ingest/page-of.js';
import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord, LinkRecord, MentionRecord } from '../store/records.js';
import { type OperationResult, analystOperation } from './operation.js';

/** Renames an entity; the old label stays as an alias so searches and extraction still find it. */
export function renameEntity(
  store: WritableCase,
  entityId: string,
  label: string,
): OperationResult & { entity: EntityRecord } {
  const clean = label.trim();
  if (!clean) throw new DossierError('invalid-argument', 'a new name is required');
  return analystOperation(store, 'rename', `rename to "${clean}"`, (r) => {
    const before = store.require('entity', entityId);
    if (before.label === clean) throw new DossierError('invalid-argument', `the entity is already called "${clean}"`);
    const entity = r.update('entity', entityId, { label: clean });
    const names = new Set(store.list('alias', { entityId }).map((a) => caseNameKey(a.alias)));
    names.add(caseNameKey(clean));
    if (!names.has(caseNameKey(before.label))) r.insert('alias', { entityId, alias: before.label });
    return { entity };
  });
}

/** An entity the analyst adds by hand: confirmed, and never removed by a re-run of extraction. */
export function addManualEntity(
  store: WritableCase,
  fields: { type: string; label: string; properties?: Record<string, unknown>; notes?: string },
): OperationResult & { entity: EntityRecord } {
  const type = fields.type.trim();
  const label = fields.label.trim();
  if (!type || !label) throw new DossierError('invalid-argument', 'an entity needs a type and a label');
  return analystOperation(store, 'add-entity', `add ${type} "${label}"`, (r) => ({
    entity: r.insert('entity', {
      type,
      label,
      properties: { ...fields.properties, origin: 'analyst' },
      notes: fields.notes ?? '',
      status: 'confirmed',
    }),
  }));
}

/** A mention the analyst marks by hand on a document span: confirmed, extractor "analyst". */
export function addManualMention(
  store: WritableCase,
  fields: { documentId: string; entityId: string; start: number; end: number },
): OperationResult & { mention: MentionRecord } {
  const doc = store.require('document', fields.documentId);
  store.require('entity', fields.entityId);
  checkSpan(doc.text.length, fields.start, fields.end, doc.title);
  return analystOperation(store, 'add-mention', `mark "${doc.text.slice(fields.start, fields.end)}"`, (r) => ({
    mention: r.insert('mention', {
      documentId: doc.id,
      entityId: fields.entityId,
      start: fields.start,
      end: fields.end,
      surface: doc.text.slice(fields.start, fields.end),
      extractor: 'analyst',
      extractorVersion: '',
      status: 'confirmed',
    }),
  }));
}

export interface NewLink {
  sourceId: string;
  targetId: string;
  type: string;
  directed?: boolean;
  confidence?: number;
  /** Information credibility 1–6 (Admiralty). */
  credibility?: number | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
  /** The passage that supports the link. */
  citation?: { documentId: string; start: number; end: number };
}

/** A link the analyst draws, confirmed, with the passage that supports it cited. */
export function createLink(store: WritableCase, link: NewLink): OperationResult & { link: LinkRecord } {
  const type = link.type.trim();
  if (!type) throw new DossierError('invalid-argument', 'a link needs a type');
  if (link.sourceId === link.targetId)
    throw new DossierError('invalid-argument', 'a link joins two different entities');
  const confidence = link.confidence ?? 0.5;
  if (!(confidence >= 0 && confidence <= 1))
    throw new DossierError('invalid-argument', `confidence must be between 0 and 1, not ${confidence}`);
  const credibility = link.credibility ?? null;
  if (credibility !== null && !isCredibility(credibility)) {
    throw new DossierError('invalid-argument', `credibility must be a whole number 1–6, not ${credibility}`);
  }
  const source = store.require('entity', link.sourceId);
  const target = store.require('entity', link.targetId);
  return analystOperation(store, 'create-link', `link "${source.label}" ${type} "${target.label}"`, (r) => {
    const created = r.insert('link', {
      sourceId: source.id,
      targetId: target.id,
      type,
      directed: link.directed ?? false,
      confidence,
      credibility,
      firstSeen: link.firstSeen ?? null,
      lastSeen: link.lastSeen ?? null,
      status: 'confirmed',
      properties: { origin: 'analyst' },
    });
    if (link.citation) {
      const doc = store.require('document', link.citation.documentId);
      const { start, end } = link.citation;
      checkSpan(doc.text.length, start, end, doc.title);
      r.insert('citation', {
        subjectKind: 'link',
        subjectId: created.id,
        documentId: doc.id,
        start,
        end,
        quote: doc.text.slice(start, end),
        page: pageOf(doc.properties, start),
      });
    }
    return { link: created };
  });
}

function checkSpan(length: number, start: number, end: number, title: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) {
    throw new DossierError(
      'invalid-argument',
      `the span ${start}–${end} is not inside "${title}" (${length} characters)`,
    );
  }
}
