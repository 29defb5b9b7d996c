import type { LinkRecord } from '../../store/records.js';
import type { CaseView } from '../case-view.js';
import { countryCodeOf } from '../derived-ids.js';

/** One FollowTheMoney entity as Aleph and OpenSanctions exchange them (one JSON object per line). */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  first_seen?: string;
  last_change?: string;
}

const ENTITY_SCHEMA: Record<string, string> = {
  person: 'Person', organization: 'Organization', organisation: 'Organization', location: 'Address',
  'threat-actor': 'Organization', 'intrusion-set': 'Organization', company: 'Company',
};
/** Identifier entities become property values of the entities they are linked to. */
const IDENTIFIER_PROPERTY: Record<string, string> = { email: 'email', phone: 'phone', url: 'website' };

/** FtM edge schemata: link type words → schema, its source and target properties, and their ranges. */
const EDGES: { words: RegExp; schema: string; source: string; target: string; sourceIs: string[]; targetIs: string[]; caption: string }[] = [
  { words: /employ|works?[-_ ]for/, schema: 'Employment', source: 'employee', target: 'employer', sourceIs: ['Person'], targetIs: ['Organization', 'Company'], caption: 'role' },
  { words: /member/, schema: 'Membership', source: 'member', target: 'organization', sourceIs: ['Person', 'Organization', 'Company'], targetIs: ['Organization', 'Company'], caption: 'role' },
  { words: /director|board/, schema: 'Directorship', source: 'director', target: 'organization', sourceIs: ['Person', 'Organization', 'Company'], targetIs: ['Organization', 'Company'], caption: 'role' },
  { words: /famil|relative|spouse|brother|sister|father|mother|son|daughter/, schema: 'Family', source: 'person', target: 'relative', sourceIs: ['Person'], targetIs: ['Person'], caption: 'relationship' },
  { words: /associat|friend|partner|contact/, schema: 'Associate', source: 'person', target: 'associate', sourceIs: ['Person'], targetIs: ['Person'], caption: 'relationship' },
];

function date(value: string | null): string[] {
  const m = value?.match(/^\d{4}(-\d{2}(-\d{2})?)?/);
  return m ? [m[0]] : [];
}

function put(props: Record<string, string[]>, key: string, values: (string | null | undefined)[]): void {
  const v = values.filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
  if (v.length) props[key] = [...new Set([...(props[key] ?? []), ...v])];
}

/**
 * Entities, links, events and documents as FtM entities. People, organisations and places map to
 * their schemata; identifiers (e-mail, phone, web site) become properties of what they are linked
 * to; links become FtM's edge schemata where the link type and both ends fit, UnknownLink
 * otherwise. Types FtM has no schema for are left out and counted.
 */
export function buildFtmEntities(view: CaseView): { entities: FtmEntity[]; skipped: Record<string, number> } {
  const skipped: Record<string, number> = {};
  const out = new Map<string, FtmEntity>();
  const byId = new Map(view.entities.map((e) => [e.id, e]));
  for (const e of view.entities) {
    const schema = ENTITY_SCHEMA[e.type];
    if (!schema) {
      if (!IDENTIFIER_PROPERTY[e.type]) skipped[e.type] = (skipped[e.type] ?? 0) + 1;
      continue;
    }
    const properties: Record<string, string[]> = {};
    put(properties, 'name', [e.label]);
    put(properties, 'alias', view.aliases.get(e.id) ?? []);
    put(properties, 'notes', [e.notes]);
    const cc = countryCodeOf(e.label, e.properties);
    if (cc) put(properties, 'country', [cc.toLowerCase()]);
    if (schema === 'Address') put(properties, 'full', [e.label]);
    out.set(e.id, { id: e.id, schema, properties, first_seen: e.createdAt, last_change: e.modifiedAt });
  }
  for (const l of view.links) {
    const [a, b] = [byId.get(l.sourceId), byId.get(l.targetId)];
    if (!a || !b) continue;
    const idEnd = IDENTIFIER_PROPERTY[a.type] ? a : IDENTIFIER_PROPERTY[b.type] ? b : null;
    if (idEnd) {
      const holder = out.get(idEnd === a ? b.id : a.id);
      if (holder && holder.schema !== 'Address') put(holder.properties, IDENTIFIER_PROPERTY[idEnd.type]!, [String(idEnd.properties.value ?? idEnd.label)]);
      continue;
    }
    const edge = edgeOf(l, out.get(a.id), out.get(b.id));
    if (edge) out.set(l.id, edge);
  }
  for (const ev of view.events) {
    const properties: Record<string, string[]> = {};
    put(properties, 'name', [ev.title]);
    put(properties, 'summary', [ev.description]);
    put(properties, 'startDate', date(ev.startAt));
    put(properties, 'endDate', date(ev.endAt));
    const place = ev.locationEntityId ? byId.get(ev.locationEntityId) : undefined;
    if (place) {
      put(properties, 'location', [place.label]);
      const cc = countryCodeOf(place.label, place.properties);
      if (cc) put(properties, 'country', [cc.toLowerCase()]);
    }
    const involved = view.participants
      .filter((p) => p.eventId === ev.id && ['Person', 'Organization', 'Company'].includes(out.get(p.entityId)?.schema ?? ''))
      .map((p) => p.entityId);
    put(properties, 'involved', involved);
    out.set(ev.id, { id: ev.id, schema: 'Event', properties, first_seen: ev.createdAt, last_change: ev.modifiedAt });
  }
  for (const d of view.documents) {
    const properties: Record<string, string[]> = {};
    put(properties, 'title', [d.title]);
    put(properties, 'fileName', [d.sourceUri.split(/[\\/]/).pop() || d.title]);
    put(properties, 'mimeType', [d.mimeType]);
    put(properties, 'publishedAt', date(d.publishedAt));
    if (/^https?:\/\//.test(d.sourceUri)) put(properties, 'sourceUrl', [d.sourceUri]);
    out.set(d.id, { id: d.id, schema: 'Document', properties, first_seen: d.createdAt, last_change: d.modifiedAt });
  }
  return { entities: [...out.values()], skipped };
}

function edgeOf(l: LinkRecord, a: FtmEntity | undefined, b: FtmEntity | undefined): FtmEntity | null {
  if (!a || !b) return null;
  const properties: Record<string, string[]> = {};
  const spec = EDGES.find((s) => s.words.test(l.type.toLowerCase()) && s.sourceIs.includes(a.schema) && s.targetIs.includes(b.schema));
  if (spec) {
    put(properties, spec.source, [a.id]);
    put(properties, spec.target, [b.id]);
    put(properties, spec.caption, [l.type]);
  } else {
    put(properties, 'subject', [a.id]);
    put(properties, 'object', [b.id]);
    put(properties, 'role', [l.type]);
  }
  put(properties, 'startDate', date(l.firstSeen));
  put(properties, 'endDate', date(l.lastSeen));
  return { id: l.id, schema: spec?.schema ?? 'UnknownLink', properties, first_seen: l.createdAt, last_change: l.modifiedAt };
}


