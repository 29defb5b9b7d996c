import { isRecordId } from '../../ids.js';
import type { DatePrecision, EntityRecord, EventRecord, Status, Tlp } from '../../store/records.js';
import { entityTypeOfStix, labelOfStix } from './stix-object-label.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

const PRECISIONS = new Set(['day', 'month', 'year', 'range', 'unknown']);

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Objects Dossier exported carry their record exactly in x_dossier_* properties. */
export function isOwn(o: StixObject): boolean {
  return isRecordId(o.x_dossier_id);
}

/** Any object that is not a relationship, sighting, incident, report or grouping, as an entity. */
export function entityOf(o: StixObject, b: object, status: Status, tlp: Tlp | null): EntityRecord {
  if (isOwn(o)) {
    return {
      ...(b as EntityRecord),
      type: str(o.x_dossier_type) ?? entityTypeOfStix(o),
      label: str(o.x_dossier_label) ?? labelOfStix(o),
      properties: obj(o.x_dossier_properties),
      notes: str(o.x_dossier_notes) ?? '',
      status,
    };
  }
  // The whole source object rides along, so export writes back exactly what was read.
  const properties: Record<string, unknown> = { stixId: o.id, stix: o };
  if (o.type === 'location' && typeof o.country === 'string') properties.country = o.country;
  if (tlp) properties.tlp = tlp;
  return {
    ...(b as EntityRecord),
    type: entityTypeOfStix(o),
    label: labelOfStix(o),
    properties,
    notes: str(o.description) ?? '',
    status,
  };
}

/** An incident or sighting as an event; a third-party one keeps its source object. */
export function eventOf(o: StixObject, b: object, status: Status, title: string): EventRecord {
  const precision = String(o.x_dossier_date_precision ?? 'unknown');
  const properties: Record<string, unknown> = isOwn(o) ? obj(o.x_dossier_properties) : { stixId: o.id, stix: o };
  return {
    ...(b as EventRecord),
    title,
    description: str(o.description) ?? '',
    startAt: str(o.x_dossier_start),
    endAt: str(o.x_dossier_end),
    datePrecision: (PRECISIONS.has(precision) ? precision : 'unknown') as DatePrecision,
    locationEntityId: null,
    status,
    properties,
  };
}

/** The source object an imported record keeps, when it keeps one whole (older imports kept only extras). */
export function sourceObjectOf(properties: Record<string, unknown>): StixObject | null {
  const s = obj(properties.stix);
  return typeof s.type === 'string' && typeof s.id === 'string' ? (s as StixObject) : null;
}
