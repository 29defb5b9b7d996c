import { DossierError } from '../../errors.js';
import { isRecordId, nowIso } from '../../ids.js';
import type { EntityRecord, EventRecord, LinkRecord, ParticipantRecord, AliasRecord } from '../../store/records.js';
import { derivedRecordId, isoTimestamp, recordIdFrom } from '../derived-ids.js';
import { BOOKKEEPING, EDGE_CAPTION, EDGE_SCHEMATA, ENTITY_TYPE_OF_SCHEMA, POINTS_AT } from './ftm-schemata.js';

export interface FtmRecords {
  entity: EntityRecord[];
  alias: AliasRecord[];
  link: LinkRecord[];
  event: EventRecord[];
  participant: ParticipantRecord[];
  skipped: Record<string, number>;
  /** What the import folded or drew differently from the file, in words for the import summary. */
  notes: string[];
}

interface Raw {
  id: string;
  schema: string;
  properties: Record<string, unknown[]>;
  first_seen?: string;
  last_change?: string;
  [key: string]: unknown;
}

/** What an FtM line carries besides id, schema and properties (OpenSanctions: datasets, referents, target…). */
function entityFields(r: Raw): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([k]) => !['id', 'schema', 'properties'].includes(k)));
}

/** FtM properties under their FtM names (one value as itself, several as a list), for the desk's property table. */
function ftmProperties(r: Raw, leave: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.properties)) {
    if (leave.includes(k) || BOOKKEEPING.has(k) || !Array.isArray(v) || !v.length) continue;
    const values = v.map((x) =>
      x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : x,
    );
    out[k] = values.length === 1 ? values[0] : values;
  }
  return out;
}

/**
 * FtM entities (JSON lines, or the `entities` of an Aleph diagram) as case records. Every FtM id
 * is kept (`ftmId`) and gives a stable record id, so importing the same list again updates
 * instead of duplicating; the schema is kept (`ftmSchema`), every property under its FtM name, and
 * the line's other fields (datasets, referents, target, first/last seen) in `ftmEntity`, so an
 * export writes the entity back as it came. Edge schemata become links; Event an event; every
 * other schema an entity (Sanction, Passport, Vessel… with a link to what they point at).
 */
export function ftmToRecords(
  raws: unknown[],
  caseId: string,
  label: string,
  importedAt: string = nowIso(),
): FtmRecords {
  const out: FtmRecords = { entity: [], alias: [], link: [], event: [], participant: [], skipped: {}, notes: [] };
  const valid: Raw[] = raws.map((r, i) => {
    const x = r as Partial<Raw> | null;
    if (
      !x ||
      typeof x.id !== 'string' ||
      typeof x.schema !== 'string' ||
      typeof x.properties !== 'object' ||
      !x.properties ||
      Array.isArray(x.properties)
    ) {
      throw new DossierError(
        'import-failed',
        `${label}: entity ${i + 1} is not a FollowTheMoney entity (needs id, schema and properties)`,
      );
    }
    // FtM property values are always lists; anything else would be misread, so it is refused by name.
    const notList = Object.entries(x.properties).find(([, v]) => !Array.isArray(v));
    if (notList)
      throw new DossierError(
        'import-failed',
        `${label}: entity ${i + 1} (${x.id}): property "${notList[0]}" must be a list of values`,
      );
    return x as Raw;
  });
  const idOf = new Map<string, string>();
  const base = (r: Raw) => {
    const seen = isoTimestamp(r.first_seen) ?? null;
    const created = seen ?? importedAt;
    return {
      id: recordIdFrom(r.id, `ftm:${r.id}`, seen),
      caseId,
      createdAt: created,
      modifiedAt: isoTimestamp(r.last_change) ?? created,
    };
  };
  const strings = (r: Raw, p: string): string[] =>
    (r.properties[p] ?? [])
      .map((v) =>
        typeof v === 'string' ? v : v && typeof v === 'object' ? String((v as { id?: unknown }).id ?? '') : String(v),
      )
      .filter(Boolean);
  const first = (r: Raw, p: string): string | null => strings(r, p)[0] ?? null;
  const bookkeeping = (r: Raw) => ({
    ftmId: r.id,
    ftmSchema: r.schema,
    ...(Object.keys(entityFields(r)).length ? { ftmEntity: entityFields(r) } : {}),
  });

  for (const r of valid) {
    if (EDGE_SCHEMATA[r.schema] || r.schema === 'Event') continue;
    // Dossier's own documents exported as FtM come back through case bundles, with their originals.
    if (r.schema === 'Document' && isRecordId(r.id)) {
      out.skipped['Document (a Dossier document: case bundles carry those)'] =
        (out.skipped['Document (a Dossier document: case bundles carry those)'] ?? 0) + 1;
      continue;
    }
    const b = base(r);
    idOf.set(r.id, b.id);
    const names = strings(r, 'name');
    const labelText =
      names[0] ??
      first(r, 'full') ??
      first(r, 'number') ??
      first(r, 'title') ??
      first(r, 'fileName') ??
      `${r.schema} ${r.id}`;
    const properties: Record<string, unknown> = { ...bookkeeping(r), ...ftmProperties(r, ['name', 'alias', 'notes']) };
    // name/alias/notes live in label, aliases and notes; their FtM order is kept to write them back as read.
    properties.ftmNames = { name: names, alias: strings(r, 'alias'), notes: strings(r, 'notes'), label: labelText };
    out.entity.push({
      ...b,
      type: ENTITY_TYPE_OF_SCHEMA[r.schema] ?? r.schema.toLowerCase(),
      label: labelText,
      properties,
      notes: strings(r, 'notes').join('\n'),
      status: 'suggested',
    });
    for (const a of new Set([...names.slice(1), ...strings(r, 'alias')])) {
      out.alias.push({
        id: derivedRecordId(`${b.id}|alias|${a}`, b.createdAt),
        caseId,
        createdAt: b.createdAt,
        modifiedAt: b.createdAt,
        entityId: b.id,
        alias: a,
      });
    }
  }
  for (const r of valid) {
    const edge = EDGE_SCHEMATA[r.schema];
    if (edge) {
      const [s, t] = [idOf.get(first(r, edge[0]) ?? ''), idOf.get(first(r, edge[1]) ?? '')];
      if (!s || !t) {
        out.skipped[`${r.schema} (an end not in the file)`] =
          (out.skipped[`${r.schema} (an end not in the file)`] ?? 0) + 1;
        continue;
      }
      out.link.push({
        ...base(r),
        sourceId: s,
        targetId: t,
        type: first(r, EDGE_CAPTION[r.schema] ?? 'role') ?? edge[2],
        directed: edge[3],
        confidence: 0.5,
        credibility: null,
        firstSeen: first(r, 'startDate') ?? first(r, 'date'),
        lastSeen: first(r, 'endDate'),
        status: 'suggested',
        properties: { ...bookkeeping(r), ...ftmProperties(r, [edge[0], edge[1]]) },
      });
    } else if (r.schema === 'Event') {
      eventOf(r, base(r), strings, idOf, out, bookkeeping(r));
    } else if (POINTS_AT[r.schema]) {
      pointerLinks(r, base(r), strings(r, POINTS_AT[r.schema]![0]), idOf, out);
    }
  }
  out.notes.push(...importNotes(valid));
  return out;
}

/** Says where FtM schemata land in the case, so the analyst is not surprised by what the chart shows. */
function importNotes(raws: Raw[]): string[] {
  const bySchema = new Map<string, number>();
  for (const r of raws) bySchema.set(r.schema, (bySchema.get(r.schema) ?? 0) + 1);
  const listed = (schemata: string[]): string => schemata.map((s) => `${bySchema.get(s)} ${s}`).join(', ');
  const notes: string[] = [];
  const pointers = [...bySchema.keys()].filter((s) => POINTS_AT[s]).sort();
  if (pointers.length)
    notes.push(
      `${listed(pointers)} kept as entities and also drawn as links to what they name (${pointers.map((s) => `${s}.${POINTS_AT[s]![0]}`).join(', ')}); those links are not written back as FtM edges`,
    );
  const retyped = [...bySchema.keys()]
    .filter((s) => ENTITY_TYPE_OF_SCHEMA[s] && ENTITY_TYPE_OF_SCHEMA[s]!.toLowerCase() !== s.toLowerCase())
    .sort();
  if (retyped.length)
    notes.push(
      `${retyped.map((s) => `${bySchema.get(s)} ${s} shown as ${ENTITY_TYPE_OF_SCHEMA[s]}`).join(', ')}; the FtM schema is kept and written back on export`,
    );
  const edges = [...bySchema.keys()].filter((s) => EDGE_SCHEMATA[s]).sort();
  if (edges.length) notes.push(`${listed(edges)} became links, with their FtM properties kept on the link`);
  return notes;
}

/** A Sanction, Passport or Vessel drawn as links to what it names (bookkeeping only: not exported as edges). */
function pointerLinks(
  r: Raw,
  b: { id: string; caseId: string; createdAt: string; modifiedAt: string },
  targets: string[],
  idOf: Map<string, string>,
  out: FtmRecords,
): void {
  const [prop, word] = POINTS_AT[r.schema]!;
  for (const t of targets) {
    const target = idOf.get(t);
    if (!target) continue;
    out.link.push({
      ...b,
      id: derivedRecordId(`ftm:${r.id}|${prop}|${t}`, b.createdAt),
      sourceId: b.id,
      targetId: target,
      type: word,
      directed: true,
      confidence: 0.5,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: { ftmPointsAt: `${r.schema}.${prop}` },
    });
  }
}

function eventOf(
  r: Raw,
  b: { id: string; caseId: string; createdAt: string; modifiedAt: string },
  strings: (r: Raw, p: string) => string[],
  idOf: Map<string, string>,
  out: FtmRecords,
  bookkeeping: Record<string, unknown>,
): void {
  const start = strings(r, 'startDate')[0] ?? strings(r, 'date')[0] ?? null;
  out.event.push({
    ...b,
    title: strings(r, 'name')[0] ?? 'Event',
    startAt: start,
    endAt: strings(r, 'endDate')[0] ?? null,
    datePrecision: !start ? 'unknown' : start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day',
    locationEntityId: null,
    description: strings(r, 'summary').join('\n'),
    status: 'suggested',
    properties: {
      ...bookkeeping,
      ...ftmProperties(r, ['name', 'summary', 'startDate', 'endDate', 'involved', 'organizer']),
    },
  });
  for (const role of ['involved', 'organizer']) {
    for (const v of strings(r, role)) {
      const ent = idOf.get(v);
      if (ent)
        out.participant.push({
          id: derivedRecordId(`${b.id}|${role}|${ent}`, b.createdAt),
          caseId: b.caseId,
          createdAt: b.createdAt,
          modifiedAt: b.modifiedAt,
          eventId: b.id,
          entityId: ent,
          role,
        });
    }
  }
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
