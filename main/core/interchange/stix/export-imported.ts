import type { DocumentRecord, EntityRecord, EventRecord, LinkRecord } from '../../store/records.js';
import type { StixObject } from './import-objects.js';
import { labelOfStix } from './stix-object-label.js';

/**
 * Imported objects go back out as they came in: the stored source object, with only what the
 * analyst changed since written over it (and `modified` moved on when anything was). An object
 * nobody touched is byte-for-byte the object that was read.
 */
function edited(src: StixObject, changes: Record<string, unknown>, modifiedAt: string): StixObject {
  const out: StixObject = { ...src };
  let changed = false;
  for (const [k, v] of Object.entries(changes)) {
    if (JSON.stringify(v) === JSON.stringify(src[k])) continue;
    changed = true;
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  if (changed && typeof src.modified === 'string' && modifiedAt > src.modified) out.modified = modifiedAt;
  return out;
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

export function importedEntity(src: StixObject, e: EntityRecord, aliases: string[]): StixObject {
  const changes: Record<string, unknown> = {};
  if (e.label !== labelOfStix(src)) changes[typeof src.value === 'string' ? 'value' : 'name'] = e.label;
  if (e.notes !== (typeof src.description === 'string' ? src.description : ''))
    changes.description = e.notes || undefined;
  const had = Array.isArray(src.aliases) ? src.aliases : [];
  if (!sameSet(had, aliases) && (had.length || aliases.length)) changes.aliases = aliases.length ? aliases : undefined;
  return edited(src, changes, e.modifiedAt);
}

export function importedLink(src: StixObject, l: LinkRecord, sourceRef: string, targetRef: string): StixObject {
  const changes: Record<string, unknown> = { source_ref: sourceRef, target_ref: targetRef };
  if (l.type !== src.relationship_type) changes.relationship_type = l.type;
  const readConfidence = typeof src.confidence === 'number' ? src.confidence / 100 : 0.5;
  if (Math.abs(l.confidence - readConfidence) > 1e-9) changes.confidence = Math.round(l.confidence * 100);
  const description = typeof l.properties.description === 'string' ? l.properties.description : undefined;
  if (description !== src.description && (description || src.description)) changes.description = description;
  return edited(src, changes, l.modifiedAt);
}

export function importedEvent(src: StixObject, ev: EventRecord): StixObject {
  const changes: Record<string, unknown> = {};
  if (src.type === 'incident' && ev.title !== src.name) changes.name = ev.title;
  if (ev.description !== (typeof src.description === 'string' ? src.description : ''))
    changes.description = ev.description || undefined;
  return edited(src, changes, ev.modifiedAt);
}

export function importedReport(src: StixObject, d: DocumentRecord): StixObject {
  return edited(src, typeof src.name === 'string' && d.title !== src.name ? { name: d.title } : {}, d.modifiedAt);
}
