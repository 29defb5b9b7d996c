import { DossierError } from '../../errors.js';
import type { EntityRecord, EventRecord, LinkRecord, ParticipantRecord, AliasRecord } from '../../store/records.js';
import { derivedRecordId, isoTimestamp, recordIdFrom } from '../derived-ids.js';

export interface FtmRecords {
  entity: EntityRecord[];
  alias: AliasRecord[];
  link: LinkRecord[];
  event: EventRecord[];
  participant: ParticipantRecord[];
  skipped: Record<string, number>;
}

const NODE_TYPES: Record<string, string> = {
  Person: 'person', Organization: 'organization', Company: 'organization', LegalEntity: 'organization', PublicBody: 'organization',
  Address: 'location',
};
/** Edge schemata and their source/target properties (the model's `edge` specifications). */
const EDGE_ENDS: Record<string, [string, string, string]> = {
  Ownership: ['owner', 'asset', 'owner'], Directorship: ['director', 'organization', 'director'], Employment: ['employee', 'employer', 'employee'],
  Membership: ['member', 'organization', 'member'], Associate: ['person', 'associate', 'associate'], Family: ['person', 'relative', 'family'],
  UnknownLink: ['subject', 'object', 'linked'], Representation: ['agent', 'client', 'represents'], Succession: ['predecessor', 'successor', 'succeeded-by'],
};
const UNDIRECTED = new Set(['Associate', 'Family', 'UnknownLink']);
const EPOCH = '1970-01-01T00:00:00.000Z';

interface Raw {
  id: string;
  schema: string;
  properties: Record<string, unknown[]>;
  first_seen?: string;
  last_change?: string;
}

/**
 * FtM entities (JSON lines, or the `entities` of an Aleph diagram) as case records. FtM ids are
 * kept: a Dossier id comes back as itself, any other id yields a derived id (derived-ids.ts).
 * FtM carries no edit times unless `first_seen`/`last_change` are present, so re-importing the
 * same file changes nothing.
 */
export function ftmToRecords(raws: unknown[], caseId: string, label: string): FtmRecords {
  const out: FtmRecords = { entity: [], alias: [], link: [], event: [], participant: [], skipped: {} };
  const valid: Raw[] = raws.map((r, i) => {
    const x = r as Partial<Raw> | null;
    if (!x || typeof x.id !== 'string' || typeof x.schema !== 'string' || typeof x.properties !== 'object' || !x.properties) {
      throw new DossierError('import-failed', `${label}: entity ${i + 1} is not a FollowTheMoney entity (needs id, schema and properties)`);
    }
    return x as Raw;
  });
  const idOf = new Map<string, string>();
  const base = (r: Raw) => {
    const created = isoTimestamp(r.first_seen) ?? EPOCH;
    return { id: recordIdFrom(r.id, `ftm:${r.id}`, created), caseId, createdAt: created, modifiedAt: isoTimestamp(r.last_change) ?? created };
  };
  const first = (r: Raw, p: string): string | null => {
    const v = r.properties[p]?.[0];
    return typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : null;
  };
  for (const r of valid) {
    const type = NODE_TYPES[r.schema];
    if (!type) continue;
    const b = base(r);
    idOf.set(r.id, b.id);
    const properties: Record<string, unknown> = { ftmId: r.id, ftmSchema: r.schema };
    for (const [k, v] of Object.entries(r.properties)) if (!['name', 'alias', 'notes'].includes(k) && Array.isArray(v) && v.length) properties[k] = v.length === 1 ? v[0] : v;
    const name = first(r, 'name') ?? first(r, 'full') ?? r.id;
    out.entity.push({ ...b, type, label: name, properties, notes: (r.properties.notes ?? []).join('\n'), status: 'suggested' });
    for (const a of new Set([...(r.properties.name ?? []).slice(1), ...(r.properties.alias ?? [])].filter((x): x is string => typeof x === 'string'))) {
      out.alias.push({ id: derivedRecordId(`${b.id}|alias|${a}`, b.createdAt), caseId, createdAt: b.createdAt, modifiedAt: b.createdAt, entityId: b.id, alias: a });
    }
  }
  for (const r of valid) {
    if (NODE_TYPES[r.schema]) continue;
    const ends = EDGE_ENDS[r.schema];
    if (ends) {
      const [s, t] = [idOf.get(first(r, ends[0]) ?? ''), idOf.get(first(r, ends[1]) ?? '')];
      if (!s || !t) {
        out.skipped[`${r.schema} (an end not imported)`] = (out.skipped[`${r.schema} (an end not imported)`] ?? 0) + 1;
        continue;
      }
      const type = first(r, 'role') ?? first(r, 'relationship') ?? ends[2];
      out.link.push({
        ...base(r), sourceId: s, targetId: t, type, directed: !UNDIRECTED.has(r.schema), confidence: 0.5, credibility: null,
        firstSeen: first(r, 'startDate'), lastSeen: first(r, 'endDate'), status: 'suggested', properties: { ftmId: r.id, ftmSchema: r.schema },
      });
    } else if (r.schema === 'Event') {
      const b = base(r);
      const start = first(r, 'startDate') ?? first(r, 'date');
      out.event.push({
        ...b, title: first(r, 'name') ?? 'Event', startAt: start, endAt: first(r, 'endDate'),
        datePrecision: !start ? 'unknown' : start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day',
        locationEntityId: null, description: (r.properties.summary ?? []).join('\n'), status: 'suggested', properties: { ftmId: r.id },
      });
      for (const [prop, role] of [['involved', 'involved'], ['organizer', 'organizer']] as const) {
        for (const v of r.properties[prop] ?? []) {
          const ent = idOf.get(typeof v === 'string' ? v : String((v as { id?: unknown }).id));
          if (ent) out.participant.push({ id: derivedRecordId(`${b.id}|${role}|${ent}`, b.createdAt), caseId, createdAt: b.createdAt, modifiedAt: b.modifiedAt, eventId: b.id, entityId: ent, role });
        }
      }
    } else {
      out.skipped[r.schema] = (out.skipped[r.schema] ?? 0) + 1;
    }
  }
  return out;
}

/** Parses FtM JSON lines; a bad line is refused with its number. */
export function parseFtmLines(text: string, label: string): unknown[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch {
      throw new DossierError('import-failed', `${label} line ${i + 1} is not valid JSON`);
    }
  });
}
