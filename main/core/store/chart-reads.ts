import type Database from 'better-sqlite3';
import { rowToRecord } from './record-kinds.js';
import type { EventRecord, EntityRecord, LinkRecord, ParticipantRecord } from './records.js';
import { hasTallyTables } from './tallies.js';
import { gradeDateIndex } from './timeline-reads.js';

// What the link chart reads, selected and aggregated in SQL for the ids it shows. Before, a
// chart of more than 400 nodes read every mention and citation of the case into memory (a
// seeded chart at 20,000 documents: 66.7 s per open), and seeding ranked entities in JS over
// every link, participant and mention.

/** An entity ranked for a case overview: 3 a live link end, 2 an event taken part in, 1 a live mention. */
export interface SeedRank {
  id: string;
  type: string;
  label: string;
  score: number;
}

/** What the documents behind a chart subject say: how many, the best grade, the earliest date. */
export interface SubjectEvidence {
  count: number;
  reliability: string | null;
  earliest: string | null;
}

const IDS = (name: string) => `(SELECT value FROM json_each(@${name}))`;

/**
 * Entities that have a live link or take part in an event, not rejected, best score first (ties
 * by id). Mentions only count for those (an entity that is only mentioned is not "connected").
 */
export function seedRanking(db: Database.Database, limit: number, offset: number): SeedRank[] {
  const counts = hasTallyTables(db)
    ? 'SELECT entity_id, mentions, links FROM entity_tallies'
    : `SELECT entity_id, mentions, links FROM (
         SELECT e.id AS entity_id,
           (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id AND m.status != 'rejected') AS mentions,
           (SELECT count(*) FROM links l WHERE l.source_id = e.id AND l.status != 'rejected')
             + (SELECT count(*) FROM links l WHERE l.target_id = e.id AND l.status != 'rejected') AS links
         FROM entities e)`;
  return db
    .prepare(
      `WITH p AS (SELECT entity_id, count(*) AS n FROM participants GROUP BY entity_id),
            t AS (${counts})
       SELECT e.id, e.type, e.label,
         3 * coalesce(t.links, 0) + 2 * coalesce(p.n, 0) + coalesce(t.mentions, 0) AS score
       FROM entities e
       LEFT JOIN t ON t.entity_id = e.id
       LEFT JOIN p ON p.entity_id = e.id
       WHERE e.status != 'rejected' AND (coalesce(t.links, 0) > 0 OR p.n IS NOT NULL)
       ORDER BY score DESC, e.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({ limit, offset }) as SeedRank[];
}

/** Entities of the case that are not rejected. */
export function liveEntityCount(db: Database.Database): number {
  return db.prepare("SELECT count(*) FROM entities WHERE status != 'rejected'").pluck().get() as number;
}

/**
 * Events (not rejected) that the given entities take part in, the most of them first (ties by
 * id), at most `limit`; and how many there are in all.
 */
export function eventsOfEntities(
  db: Database.Database,
  entityIds: readonly string[],
  limit: number,
): { ids: string[]; total: number } {
  // Rejected events are few: one set of them, not a lookup per participant (0.7 s → 0.2 s CPU
  // for the 150 busiest entities at 20,000 documents); the total comes with the page.
  const grouped = `SELECT p.event_id AS id, count(DISTINCT p.entity_id) AS n FROM participants p
    WHERE p.entity_id IN ${IDS('entities')} AND p.event_id NOT IN (SELECT id FROM events WHERE status = 'rejected')
    GROUP BY p.event_id`;
  const entities = JSON.stringify(entityIds);
  const rows = db
    .prepare(`SELECT id, count(*) OVER () AS total FROM (${grouped}) ORDER BY n DESC, id LIMIT @limit`)
    .all({ entities, limit: Math.max(1, limit) }) as { id: string; total: number }[];
  return { ids: limit > 0 ? rows.map((r) => r.id) : [], total: rows[0]?.total ?? 0 };
}

/** The entities (or events) among `ids`, in id order. */
export function entitiesWithIds(db: Database.Database, ids: readonly string[]): EntityRecord[] {
  return (
    db
      .prepare(`SELECT * FROM entities WHERE id IN ${IDS('ids')} ORDER BY id`)
      .all({ ids: JSON.stringify(ids) }) as Record<string, unknown>[]
  ).map((r) => rowToRecord('entity', r));
}

export function eventsWithIds(db: Database.Database, ids: readonly string[]): EventRecord[] {
  return (
    db
      .prepare(`SELECT * FROM events WHERE id IN ${IDS('ids')} ORDER BY id`)
      .all({ ids: JSON.stringify(ids) }) as Record<string, unknown>[]
  ).map((r) => rowToRecord('event', r));
}

/** Links with both ends among `ids`, in id order. */
export function linksAmong(db: Database.Database, ids: readonly string[]): LinkRecord[] {
  const rows = db
    .prepare(`SELECT * FROM links WHERE source_id IN ${IDS('ids')} AND target_id IN ${IDS('ids')} ORDER BY id`)
    .all({ ids: JSON.stringify(ids) }) as Record<string, unknown>[];
  return rows.map((r) => rowToRecord('link', r));
}

/** Participants joining an event and an entity both among `ids`, in id order. */
export function participantsAmong(db: Database.Database, ids: readonly string[]): ParticipantRecord[] {
  const rows = db
    // By event (two or three each), never by entity: the busiest entities take part in thousands.
    .prepare(`SELECT * FROM participants WHERE event_id IN ${IDS('ids')} AND +entity_id IN ${IDS('ids')} ORDER BY id`)
    .all({ ids: JSON.stringify(ids) }) as Record<string, unknown>[];
  return rows.map((r) => rowToRecord('participant', r));
}

/**
 * Evidence per entity: its live mentions (counted), and the documents of those mentions and of
 * the citations made for it (graded and dated). Ids with none are left out.
 */
export function entityEvidence(db: Database.Database, ids: readonly string[]): Map<string, SubjectEvidence> {
  const pairs = hasTallyTables(db)
    ? `SELECT entity_id AS subject, document_id, mentions FROM entity_document_tallies WHERE entity_id IN ${IDS('ids')}`
    : `SELECT entity_id AS subject, document_id, count(*) AS mentions FROM mentions
         WHERE status != 'rejected' AND entity_id IN ${IDS('ids')} GROUP BY entity_id, document_id`;
  return evidenceBy(
    db,
    `WITH docs AS (${pairs} UNION ALL
       SELECT subject_id, document_id, 0 FROM citations WHERE subject_id IN ${IDS('ids')})
     SELECT docs.subject AS id, sum(docs.mentions) AS count, ${GRADE_AND_DATE}
     FROM docs LEFT JOIN documents d ${gradeDateIndex(db)} ON d.id = docs.document_id GROUP BY docs.subject`,
    ids,
  );
}

/** Evidence per event or link: its citations (counted), graded and dated by their documents. */
export function citedEvidence(db: Database.Database, ids: readonly string[]): Map<string, SubjectEvidence> {
  return evidenceBy(
    db,
    `SELECT c.subject_id AS id, count(*) AS count, ${GRADE_AND_DATE}
     FROM citations c LEFT JOIN documents d ${gradeDateIndex(db)} ON d.id = c.document_id
     WHERE c.subject_id IN ${IDS('ids')} GROUP BY c.subject_id`,
    ids,
  );
}

// Grades sort A (best) to F; dates are ISO strings, partial or whole. Empty values say nothing.
// The index beside the id (migration 0190) is named: the planner otherwise picks the primary key
// and walks each document's text to reach its grade and date (1.6 s → 0.2 s at 20k documents).
const GRADE_AND_DATE = `min(nullif(d.reliability, '')) AS reliability, min(nullif(d.published_at, '')) AS earliest`;

function evidenceBy(db: Database.Database, sql: string, ids: readonly string[]): Map<string, SubjectEvidence> {
  const rows = db.prepare(sql).all({ ids: JSON.stringify(ids) }) as (SubjectEvidence & { id: string })[];
  return new Map(rows.map(({ id, ...e }) => [id, e]));
}

/** Nodes placed on a chart, without reading them. */
export function chartNodeCount(db: Database.Database, chartId: string): number {
  return db.prepare('SELECT count(*) FROM chart_nodes WHERE chart_id = ?').pluck().get(chartId) as number;
}

/** The chart reads, bound to one connection (what `CaseStore.chartReads()` hands out). */
export function chartReadsOf(db: Database.Database) {
  return {
    seedRanking: (limit: number, offset: number) => seedRanking(db, limit, offset),
    liveEntityCount: () => liveEntityCount(db),
    eventsOfEntities: (entityIds: readonly string[], limit: number) => eventsOfEntities(db, entityIds, limit),
    entitiesWithIds: (ids: readonly string[]) => entitiesWithIds(db, ids),
    eventsWithIds: (ids: readonly string[]) => eventsWithIds(db, ids),
    linksAmong: (ids: readonly string[]) => linksAmong(db, ids),
    participantsAmong: (ids: readonly string[]) => participantsAmong(db, ids),
    entityEvidence: (ids: readonly string[]) => entityEvidence(db, ids),
    citedEvidence: (ids: readonly string[]) => citedEvidence(db, ids),
    chartNodeCount: (chartId: string) => chartNodeCount(db, chartId),
  };
}

export type ChartReads = ReturnType<typeof chartReadsOf>;
