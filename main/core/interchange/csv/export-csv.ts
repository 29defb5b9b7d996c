import Papa from 'papaparse';
import type { Reliability } from '../../store/records.js';
import type { CaseView } from '../case-view.js';
import { countryCodeOf } from '../derived-ids.js';
import { BOOKKEEPING } from '../ftm/ftm-schemata.js';
import { neutraliseCell } from '../spreadsheet-cell.js';

export const ENTITY_COLUMNS = [
  'id',
  'type',
  'label',
  'aliases',
  'status',
  'country',
  'notes',
  'created_at',
  'modified_at',
] as const;
export const LINK_COLUMNS = [
  'id',
  'source_id',
  'source_label',
  'source_type',
  'target_id',
  'target_label',
  'target_type',
  'type',
  'directed',
  'confidence',
  'credibility',
  'grade',
  'first_seen',
  'last_seen',
  'status',
  'created_at',
  'modified_at',
] as const;

/**
 * A column for every property that holds text on some record (nationality, birthDate, a link's
 * note…), after the fixed columns, so the table carries what the analyst recorded and the CSV
 * import reads it back as properties. Other formats' bookkeeping (a STIX or FtM source object)
 * stays out: those formats carry it.
 */
function propertyColumns(records: { properties: Record<string, unknown> }[], fixed: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const r of records)
    for (const [k, v] of Object.entries(r.properties))
      if (typeof v === 'string' && v !== '' && !fixed.includes(k) && !BOOKKEEPING.has(k)) keys.add(k);
  return [...keys].sort();
}

const textProperties = (properties: Record<string, unknown>, columns: string[]): Record<string, string> =>
  Object.fromEntries(columns.map((c) => [c, typeof properties[c] === 'string' ? properties[c] : '']));

/**
 * Entities and links as two flat CSV tables, one row per record, with both ends' labels and types
 * repeated on each link row — the shape spreadsheets and i2 Analyst's Notebook import
 * specifications expect. `grade` is the Admiralty code: the best reliability among the documents
 * citing the link, then the link's information credibility (e.g. "B2").
 */
export function buildTables(view: CaseView): {
  entities: Record<string, string | number>[];
  links: Record<string, string | number>[];
  entityColumns: string[];
  linkColumns: string[];
} {
  const entityProps = propertyColumns(view.entities, ENTITY_COLUMNS);
  const linkProps = propertyColumns(view.links, LINK_COLUMNS);
  const byId = new Map(view.entities.map((e) => [e.id, e]));
  const docs = new Map(view.documents.map((d) => [d.id, d]));
  const best = new Map<string, Reliability>();
  for (const c of view.citations) {
    const r = docs.get(c.documentId)?.reliability;
    const had = best.get(c.subjectId);
    if (r && (!had || r < had)) best.set(c.subjectId, r);
  }
  const entities = view.entities.map((e) => ({
    id: e.id,
    type: e.type,
    label: e.label,
    aliases: (view.aliases.get(e.id) ?? []).join('; '),
    status: e.status,
    country: e.type === 'location' ? (countryCodeOf(e.label, e.properties) ?? '') : '',
    notes: e.notes,
    created_at: e.createdAt,
    modified_at: e.modifiedAt,
    ...textProperties(e.properties, entityProps),
  }));
  const links = view.links.map((l) => {
    const s = byId.get(l.sourceId);
    const t = byId.get(l.targetId);
    const rel = best.get(l.id);
    return {
      id: l.id,
      source_id: l.sourceId,
      source_label: s?.label ?? '',
      source_type: s?.type ?? '',
      target_id: l.targetId,
      target_label: t?.label ?? '',
      target_type: t?.type ?? '',
      type: l.type,
      directed: l.directed ? 'yes' : 'no',
      confidence: l.confidence,
      credibility: l.credibility ?? '',
      grade: rel && l.credibility ? `${rel}${l.credibility}` : '',
      first_seen: l.firstSeen ?? '',
      last_seen: l.lastSeen ?? '',
      status: l.status,
      created_at: l.createdAt,
      modified_at: l.modifiedAt,
      ...textProperties(l.properties, linkProps),
    };
  });
  return {
    entities,
    links,
    entityColumns: [...ENTITY_COLUMNS, ...entityProps],
    linkColumns: [...LINK_COLUMNS, ...linkProps],
  };
}

export function buildCsv(view: CaseView): { entities: string; links: string } {
  const { entities, links, entityColumns, linkColumns } = buildTables(view);
  // Papa writes CRLF between rows (RFC 4180); the file ends with the same line break.
  // Every text cell is neutralised: labels, notes and link types can carry a hostile document's text.
  const cell = (v: string | number | undefined): string | number =>
    typeof v === 'string' ? neutraliseCell(v) : (v ?? '');
  return {
    entities: `${Papa.unparse({ fields: entityColumns, data: entities.map((r) => entityColumns.map((c) => cell(r[c]))) })}\r\n`,
    links: `${Papa.unparse({ fields: linkColumns, data: links.map((r) => linkColumns.map((c) => cell(r[c]))) })}\r\n`,
  };
}
