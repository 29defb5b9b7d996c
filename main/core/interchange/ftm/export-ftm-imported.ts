import type { EntityRecord, LinkRecord } from '../../store/records.js';
import type { FtmEntity } from './export-ftm.js';
import { BOOKKEEPING, EDGE_CAPTION, EDGE_SCHEMATA } from './ftm-schemata.js';

function values(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v])
    .filter((x) => x !== null && x !== undefined && x !== '')
    .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}

/** Every property stored under an FtM name, as FtM's lists of strings. */
function storedProperties(properties: Record<string, unknown>, leave: string[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(properties)) {
    if (BOOKKEEPING.has(k) || leave.includes(k)) continue;
    const vs = values(v);
    if (vs.length) out[k] = vs;
  }
  return out;
}

function stored(properties: Record<string, unknown>): Record<string, unknown> {
  const s = properties.ftmEntity;
  return s && typeof s === 'object' && !Array.isArray(s) ? (s as Record<string, unknown>) : {};
}

/**
 * An entity imported from FtM, written back under its FtM id and schema: every stored property,
 * its line's other fields (datasets, referents…), and name/alias/notes in the order they came,
 * with the analyst's renames, added or removed aliases and notes applied.
 */
export function importedNode(e: EntityRecord, aliases: string[]): FtmEntity {
  const p = e.properties;
  const names = (p.ftmNames && typeof p.ftmNames === 'object' ? p.ftmNames : {}) as {
    name?: string[];
    alias?: string[];
    notes?: string[];
    label?: string;
  };
  const properties = storedProperties(p, ['ftmNames']);
  const had = names.name ?? [];
  const aliasSet = new Set(aliases);
  // A schema without a name (Sanction, Passport, Address) gets one only when the analyst gave it one.
  const renamed = e.label !== (had[0] ?? names.label);
  const name = renamed ? [e.label] : had.length ? [e.label, ...had.slice(1).filter((n) => aliasSet.has(n))] : [];
  const alias = [
    ...(names.alias ?? []).filter((a) => aliasSet.has(a)),
    ...aliases.filter((a) => !(names.alias ?? []).includes(a) && !name.includes(a)),
  ];
  const notes = (names.notes ?? []).join('\n') === e.notes ? (names.notes ?? []) : values(e.notes);
  if (name.length) properties.name = name;
  if (alias.length) properties.alias = alias;
  if (notes.length) properties.notes = notes;
  return { ...stored(p), id: typeof p.ftmId === 'string' ? p.ftmId : e.id, schema: String(p.ftmSchema), properties };
}

/** A link imported from an FtM edge, written back as that edge: its schema, id and properties, ends as now linked. */
export function importedEdge(l: LinkRecord, source: string, target: string): FtmEntity {
  const schema = String(l.properties.ftmSchema);
  const [from, to, word] = EDGE_SCHEMATA[schema]!;
  const properties = storedProperties(l.properties);
  properties[from] = [source];
  properties[to] = [target];
  const caption = EDGE_CAPTION[schema] ?? 'role';
  if (l.type !== (properties[caption]?.[0] ?? word)) properties[caption] = [l.type];
  if (l.firstSeen !== (properties.startDate ?? properties.date)?.[0] && l.firstSeen)
    properties.startDate = [l.firstSeen];
  if (l.lastSeen !== properties.endDate?.[0] && l.lastSeen) properties.endDate = [l.lastSeen];
  return {
    ...stored(l.properties),
    id: typeof l.properties.ftmId === 'string' ? l.properties.ftmId : l.id,
    schema,
    properties,
  };
}
