import type Database from 'better-sqlite3';

// The counts migration 0100 keeps by triggers, recomputed from the records themselves. The
// same grouped queries stand in for the tally tables in a case opened read-only at an older
// schema (which cannot be migrated), so lists still work there, only slower.

/** Live mentions, distinct documents and live links per entity, from the records. */
export const COMPUTED_ENTITY_TALLIES = `(
  SELECT e.id AS entity_id, coalesce(m.n, 0) AS mentions, coalesce(m.d, 0) AS documents, coalesce(l.n, 0) AS links
  FROM entities e
  LEFT JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT document_id) AS d FROM mentions WHERE status != 'rejected' GROUP BY entity_id) m
    ON m.entity_id = e.id
  LEFT JOIN (SELECT id, count(*) AS n FROM (
      SELECT source_id AS id FROM links WHERE status != 'rejected' UNION ALL SELECT target_id FROM links WHERE status != 'rejected'
    ) GROUP BY id) l ON l.id = e.id
)`;

/** Live mentions per document, from the records. */
export const COMPUTED_DOCUMENT_TALLIES = `(
  SELECT d.id AS document_id, (SELECT count(*) FROM mentions m WHERE m.document_id = d.id AND m.status != 'rejected') AS mentions
  FROM documents d
)`;

/** Whether this case keeps tallies (schema 100 and later). */
export function hasTallyTables(db: Database.Database): boolean {
  return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_tallies'").get());
}

/**
 * Every difference between the kept tallies and the records, one line each (at most a few of
 * each kind, then how many more). Empty when they agree or the case keeps none.
 */
export function tallyProblems(db: Database.Database): string[] {
  if (!hasTallyTables(db)) return [];
  const out: string[] = [];
  const entityDiff = db
    .prepare(
      `SELECT c.entity_id AS id, c.mentions AS cm, c.documents AS cd, c.links AS cl, t.mentions AS tm, t.documents AS td, t.links AS tl
       FROM ${COMPUTED_ENTITY_TALLIES} c LEFT JOIN entity_tallies t ON t.entity_id = c.entity_id
       WHERE t.entity_id IS NULL OR t.mentions != c.mentions OR t.documents != c.documents OR t.links != c.links`,
    )
    .all() as {
    id: string;
    cm: number;
    cd: number;
    cl: number;
    tm: number | null;
    td: number | null;
    tl: number | null;
  }[];
  for (const r of entityDiff.slice(0, 5)) {
    out.push(
      r.tm === null
        ? `entity ${r.id} has no kept tally`
        : `entity ${r.id}: kept tally ${r.tm} mentions / ${r.td} documents / ${r.tl} links, records say ${r.cm} / ${r.cd} / ${r.cl}`,
    );
  }
  if (entityDiff.length > 5) out.push(`… and ${entityDiff.length - 5} more entities whose tallies differ`);
  const stray = db
    .prepare('SELECT count(*) FROM entity_tallies WHERE entity_id NOT IN (SELECT id FROM entities)')
    .pluck()
    .get() as number;
  if (stray) out.push(`${stray} entity tallies belong to no entity`);
  const docDiff = db
    .prepare(
      `SELECT c.document_id AS id, c.mentions AS cm, t.mentions AS tm
       FROM ${COMPUTED_DOCUMENT_TALLIES} c LEFT JOIN document_tallies t ON t.document_id = c.document_id
       WHERE t.document_id IS NULL OR t.mentions != c.mentions`,
    )
    .all() as { id: string; cm: number; tm: number | null }[];
  for (const r of docDiff.slice(0, 5)) {
    out.push(
      r.tm === null
        ? `document ${r.id} has no kept tally`
        : `document ${r.id}: kept tally ${r.tm} mentions, records say ${r.cm}`,
    );
  }
  if (docDiff.length > 5) out.push(`… and ${docDiff.length - 5} more documents whose tallies differ`);
  return out;
}
