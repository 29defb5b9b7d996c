import type { EntityRecord, LinkRecord } from '../../store/records.js';
import type { CaseView } from '../case-view.js';
import { countryCodeOf } from '../derived-ids.js';
import { importedEdge, importedNode } from './export-ftm-imported.js';
import { EDGE_SCHEMATA, SCHEMA_OF_ENTITY_TYPE } from './ftm-schemata.js';

/** One FollowTheMoney entity as Aleph and OpenSanctions exchange them (one JSON object per line). */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  first_seen?: string;
  last_change?: string;
  [field: string]: unknown;
}

export interface FtmExport {
  entities: FtmEntity[];
  /** Records with no FtM form, by type. */
  skipped: Record<string, number>;
  /** Records written as properties of another entity instead of entities of their own, by type. */
  folded: Record<string, number>;
  /** What FtM receives less of than Dossier holds. */
  notes: string[];
}

/** Identifier entities become property values of the entities they are linked to. */
const IDENTIFIER_PROPERTY: Record<string, string> = { email: 'email', phone: 'phone', url: 'website' };

/** Edge schemata Dossier's own links map to: link type words → schema, where both ends fit. */
const OWN_EDGES: { words: RegExp; schema: string; sourceIs: string[]; targetIs: string[]; caption: string }[] = [
  {
    words: /employ|works?[-_ ]for/,
    schema: 'Employment',
    sourceIs: ['Person'],
    targetIs: ['Organization', 'Company'],
    caption: 'role',
  },
  {
    words: /member/,
    schema: 'Membership',
    sourceIs: ['Person', 'Organization', 'Company'],
    targetIs: ['Organization', 'Company'],
    caption: 'role',
  },
  {
    words: /director|board/,
    schema: 'Directorship',
    sourceIs: ['Person', 'Organization', 'Company'],
    targetIs: ['Organization', 'Company'],
    caption: 'role',
  },
  {
    words: /famil|relative|spouse|brother|sister|father|mother|son|daughter/,
    schema: 'Family',
    sourceIs: ['Person'],
    targetIs: ['Person'],
    caption: 'relationship',
  },
  {
    words: /associat|friend|partner|contact/,
    schema: 'Associate',
    sourceIs: ['Person'],
    targetIs: ['Person'],
    caption: 'relationship',
  },
];

export function date(value: string | null): string[] {
  const m = value?.match(/^\d{4}(-\d{2}(-\d{2})?)?/);
  return m ? [m[0]] : [];
}

export function put(props: Record<string, string[]>, key: string, values: (string | null | undefined)[]): void {
  const v = values.filter((x): x is string => typeof x === 'string' && x.trim().length > 0);
  if (v.length) props[key] = [...new Set([...(props[key] ?? []), ...v])];
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

/**
 * Entities, links, events and documents as FtM entities. What came from FtM goes back under its
 * FtM id and schema with every property it had (export-ftm-imported.ts). What Dossier made maps
 * onto the nearest schema; identifiers (e-mail, phone, web site) become properties of what they
 * are linked to (counted in `folded`); types FtM has no schema for are left out and counted.
 */
export function buildFtmEntities(view: CaseView): FtmExport {
  const result: FtmExport = { entities: [], skipped: {}, folded: {}, notes: [] };
  const out = new Map<string, FtmEntity>();
  const byId = new Map(view.entities.map((e) => [e.id, e]));
  const ftmIdOf = (id: string): string => {
    const e = byId.get(id);
    return typeof e?.properties.ftmId === 'string' ? e.properties.ftmId : id;
  };
  for (const e of view.entities) {
    if (typeof e.properties.ftmSchema === 'string') {
      out.set(e.id, importedNode(e, view.aliases.get(e.id) ?? []));
      continue;
    }
    const schema = SCHEMA_OF_ENTITY_TYPE[e.type];
    if (!schema) {
      if (!IDENTIFIER_PROPERTY[e.type]) bump(result.skipped, e.type);
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
  const foldedInto = new Set<string>();
  for (const l of view.links) {
    const [a, b] = [byId.get(l.sourceId), byId.get(l.targetId)];
    if (!a || !b || l.properties.ftmPointsAt) continue;
    const idEnd = IDENTIFIER_PROPERTY[a.type] ? a : IDENTIFIER_PROPERTY[b.type] ? b : null;
    if (idEnd) {
      const holder = out.get(idEnd === a ? b.id : a.id);
      if (holder && holder.schema !== 'Address') {
        put(holder.properties, IDENTIFIER_PROPERTY[idEnd.type]!, [String(idEnd.properties.value ?? idEnd.label)]);
        foldedInto.add(idEnd.id);
      }
      continue;
    }
    const edge =
      typeof l.properties.ftmSchema === 'string' && EDGE_SCHEMATA[l.properties.ftmSchema]
        ? importedEdge(l, ftmIdOf(l.sourceId), ftmIdOf(l.targetId))
        : ownEdge(l, out.get(a.id), out.get(b.id));
    if (edge) out.set(l.id, edge);
  }
  for (const e of view.entities) {
    if (!IDENTIFIER_PROPERTY[e.type]) continue;
    bump(
      foldedInto.has(e.id) ? result.folded : result.skipped,
      foldedInto.has(e.id) ? e.type : `${e.type} (linked to nothing that holds it)`,
    );
  }
  eventsAndDocuments(view, byId, out, ftmIdOf, result);
  result.entities = [...out.values()];
  return result;
}

function eventsAndDocuments(
  view: CaseView,
  byId: Map<string, EntityRecord>,
  out: Map<string, FtmEntity>,
  ftmIdOf: (id: string) => string,
  result: FtmExport,
): void {
  for (const ev of view.events) {
    const properties: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(ev.properties)) {
      if (!['ftmId', 'ftmSchema', 'ftmEntity'].includes(k) && typeof ev.properties.ftmSchema === 'string')
        put(properties, k, (Array.isArray(v) ? v : [v]).map(String));
    }
    put(properties, 'name', [ev.title]);
    put(properties, 'summary', [ev.description]);
    if (!properties.date?.includes(ev.startAt ?? '')) put(properties, 'startDate', date(ev.startAt));
    put(properties, 'endDate', date(ev.endAt));
    const place = ev.locationEntityId ? byId.get(ev.locationEntityId) : undefined;
    if (place) {
      put(properties, 'location', [place.label]);
      const cc = countryCodeOf(place.label, place.properties);
      if (cc) put(properties, 'country', [cc.toLowerCase()]);
    }
    for (const p of view.participants) {
      if (
        p.eventId !== ev.id ||
        !['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody'].includes(out.get(p.entityId)?.schema ?? '')
      )
        continue;
      put(properties, p.role === 'organizer' ? 'organizer' : 'involved', [ftmIdOf(p.entityId)]);
    }
    const stored =
      ev.properties.ftmEntity && typeof ev.properties.ftmEntity === 'object'
        ? (ev.properties.ftmEntity as Record<string, unknown>)
        : null;
    const id = typeof ev.properties.ftmId === 'string' ? ev.properties.ftmId : ev.id;
    out.set(
      ev.id,
      stored
        ? { ...stored, id, schema: 'Event', properties }
        : { id, schema: 'Event', properties, first_seen: ev.createdAt, last_change: ev.modifiedAt },
    );
  }
  for (const d of view.documents) {
    const properties: Record<string, string[]> = {};
    put(properties, 'title', [d.title]);
    put(properties, 'fileName', [d.sourceUri.split(/[\\/]/).pop() || d.title]);
    put(properties, 'mimeType', [d.mimeType]);
    put(properties, 'publishedAt', date(d.publishedAt));
    put(properties, 'bodyText', [d.text]);
    if (/^https?:\/\//.test(d.sourceUri)) put(properties, 'sourceUrl', [d.sourceUri]);
    out.set(d.id, { id: d.id, schema: 'Document', properties, first_seen: d.createdAt, last_change: d.modifiedAt });
  }
  if (view.documents.length) {
    result.notes.push(
      `${view.documents.length} document(s) without contentHash (FtM's is the SHA-1 of Aleph's archive copy; Dossier keeps SHA-256) and without their original files`,
    );
  }
}

function ownEdge(l: LinkRecord, a: FtmEntity | undefined, b: FtmEntity | undefined): FtmEntity | null {
  if (!a || !b) return null;
  const properties: Record<string, string[]> = {};
  const spec = OWN_EDGES.find(
    (s) => s.words.test(l.type.toLowerCase()) && s.sourceIs.includes(a.schema) && s.targetIs.includes(b.schema),
  );
  const ends = EDGE_SCHEMATA[spec?.schema ?? 'UnknownLink']!;
  put(properties, ends[0], [a.id]);
  put(properties, ends[1], [b.id]);
  put(properties, spec?.caption ?? 'role', [l.type]);
  put(properties, 'startDate', date(l.firstSeen));
  put(properties, 'endDate', date(l.lastSeen));
  return {
    id: l.id,
    schema: spec?.schema ?? 'UnknownLink',
    properties,
    first_seen: l.createdAt,
    last_change: l.modifiedAt,
  };
}
