import type Database from 'better-sqlite3';
import type { Reliability, Status, Tlp } from './records.js';
import { COMPUTED_DOCUMENT_TALLIES, COMPUTED_ENTITY_TALLIES, hasTallyTables } from './tallies.js';

// One page of the entity table or the documents list, sorted and filtered in SQL: the tallies
// come from the tables the triggers of migration 0100 keep, so a page costs the rows it shows
// (plus one count), not a pass over every mention of the case.

export type SortDirection = 'asc' | 'desc';

export interface Page<Row> {
  rows: Row[];
  /** Rows matching the filter: what can be scrolled to. */
  total: number;
}

export const ENTITY_SORTS = ['mentions', 'documents', 'links', 'label', 'type', 'status'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

export interface EntityPageQuery {
  offset: number;
  limit: number;
  sort?: { by: EntitySort; dir: SortDirection };
  filter?: {
    /** Part of the name, any case. */
    text?: string;
    type?: string;
    /** Exactly this status; without it every status but rejected (unless includeRejected). */
    status?: Status;
    includeRejected?: boolean;
  };
}

export interface EntityPageRow {
  id: string;
  type: string;
  label: string;
  status: Status;
  mentions: number;
  documents: number;
  links: number;
}

export const DOCUMENT_SORTS = ['ingestedAt', 'publishedAt', 'title', 'mentions', 'size', 'mimeType'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

export interface DocumentPageQuery {
  offset: number;
  limit: number;
  sort?: { by: DocumentSort; dir: SortDirection };
  filter?: { text?: string; mimeType?: string };
}

export interface DocumentPageRow {
  id: string;
  title: string;
  mimeType: string;
  size: number;
  sourceUri: string;
  ingestedAt: string;
  publishedAt: string | null;
  reliability: Reliability | null;
  tlp: Tlp;
  parentId: string | null;
  mentions: number;
}

const ENTITY_ORDER: Record<EntitySort, string> = {
  mentions: 't.mentions',
  documents: 't.documents',
  links: 't.links',
  label: 'e.label COLLATE NOCASE',
  type: 'e.type',
  status: 'e.status',
};
const DOCUMENT_ORDER: Record<DocumentSort, string> = {
  ingestedAt: 'd.ingested_at',
  publishedAt: 'd.published_at',
  title: 'd.title COLLATE NOCASE',
  mentions: 't.mentions',
  size: 'd.size',
  mimeType: 'd.mime_type',
};

/** `%text%` for LIKE, with the wildcards a person may type taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function entityPage(db: Database.Database, q: EntityPageQuery): Page<EntityPageRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const f = q.filter ?? {};
  if (f.status) {
    where.push('e.status = @status');
    params.status = f.status;
  } else if (!f.includeRejected) where.push("e.status != 'rejected'");
  if (f.type) {
    where.push('e.type = @type');
    params.type = f.type;
  }
  const text = f.text?.trim();
  if (text) {
    where.push("e.label LIKE @text ESCAPE '\\'");
    params.text = containsPattern(text);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sort = q.sort ?? { by: 'mentions', dir: 'desc' };
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC';
  // Ties by name, then id, so that pages never overlap or skip a row.
  const order = `${ENTITY_ORDER[sort.by]} ${dir}${sort.by === 'label' ? '' : ', e.label COLLATE NOCASE'}, e.id`;
  const tallies = hasTallyTables(db) ? 'entity_tallies' : COMPUTED_ENTITY_TALLIES;
  // Sorted by a count, the walk starts from the tallies (their index gives the order, so a page
  // stops early); sorted by anything else, from the entities. CROSS JOIN fixes that order: the
  // planner, without statistics, would otherwise scan the entities and sort them all.
  const from = ['mentions', 'documents', 'links'].includes(sort.by)
    ? `${tallies} t CROSS JOIN entities e ON e.id = t.entity_id`
    : `entities e JOIN ${tallies} t ON t.entity_id = e.id`;
  const rows = db
    .prepare(
      `SELECT e.id, e.type, e.label, e.status, t.mentions, t.documents, t.links
       FROM ${from} ${whereSql}
       ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as EntityPageRow[];
  const total = db.prepare(`SELECT count(*) FROM entities e ${whereSql}`).pluck().get(params) as number;
  return { rows, total };
}

export function documentPage(db: Database.Database, q: DocumentPageQuery): Page<DocumentPageRow> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const text = q.filter?.text?.trim();
  if (text) {
    where.push("d.title LIKE @text ESCAPE '\\'");
    params.text = containsPattern(text);
  }
  if (q.filter?.mimeType) {
    where.push('d.mime_type = @mimeType');
    params.mimeType = q.filter.mimeType;
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const sort = q.sort ?? { by: 'ingestedAt', dir: 'asc' };
  const order = `${DOCUMENT_ORDER[sort.by]} ${sort.dir === 'asc' ? 'ASC' : 'DESC'}, d.id`;
  const tallies = hasTallyTables(db) ? 'document_tallies' : COMPUTED_DOCUMENT_TALLIES;
  // Only the columns a row shows: reading `text` for a page of 1,000 documents was most of its cost.
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.mime_type AS mimeType, d.size, d.source_uri AS sourceUri, d.ingested_at AS ingestedAt,
              d.published_at AS publishedAt, d.reliability, d.tlp, d.parent_id AS parentId, coalesce(t.mentions, 0) AS mentions
       FROM documents d LEFT JOIN ${tallies} t ON t.document_id = d.id ${whereSql}
       ORDER BY ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as DocumentPageRow[];
  const total = db.prepare(`SELECT count(*) FROM documents d ${whereSql}`).pluck().get(params) as number;
  return { rows, total };
}
