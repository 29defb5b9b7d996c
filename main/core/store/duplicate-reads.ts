import type Database from 'better-sqlite3';
import { hasTallyTables } from './tallies.js';

// What the duplicates queue reads: names only (no properties or notes decoded) for the finder,
// and the counts of the few entities on the page shown, in one statement each.

/** [id, type, label] of every entity that is not rejected, in id order. */
export function nameRows(db: Database.Database, type?: string): [string, string, string][] {
  const where = type === undefined ? '' : 'AND type = @type';
  return db
    .prepare(`SELECT id, type, label FROM entities WHERE status != 'rejected' ${where} ORDER BY id`)
    .raw()
    .all(type === undefined ? {} : { type }) as [string, string, string][];
}

/** [entity, alias] of every alias, in id order. */
export function aliasRows(db: Database.Database): [string, string][] {
  return db.prepare('SELECT entity_id, alias FROM aliases ORDER BY id').raw().all() as [string, string][];
}

export interface DuplicateSideCounts {
  /** Live mentions. */
  mentions: number;
  /** Links at either end, whatever their status. */
  links: number;
  /** The first eight aliases, in id order. */
  aliases: string[];
}

/** Counts for the entities of one queue page. */
export function duplicateSideCounts(db: Database.Database, ids: readonly string[]): Map<string, DuplicateSideCounts> {
  const mentions = hasTallyTables(db)
    ? 'coalesce((SELECT mentions FROM entity_tallies t WHERE t.entity_id = e.id), 0)'
    : "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id AND m.status != 'rejected')";
  const rows = db
    .prepare(
      `SELECT e.id, ${mentions} AS mentions,
         (SELECT count(*) FROM links WHERE source_id = e.id) + (SELECT count(*) FROM links WHERE target_id = e.id) AS links
       FROM entities e WHERE e.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids) }) as { id: string; mentions: number; links: number }[];
  const aliases = new Map<string, string[]>();
  for (const [id, alias] of db
    .prepare('SELECT entity_id, alias FROM aliases WHERE entity_id IN (SELECT value FROM json_each(@ids)) ORDER BY id')
    .raw()
    .all({ ids: JSON.stringify(ids) }) as [string, string][]) {
    const list = aliases.get(id) ?? [];
    if (list.length < 8) list.push(alias);
    aliases.set(id, list);
  }
  return new Map(rows.map((r) => [r.id, { mentions: r.mentions, links: r.links, aliases: aliases.get(r.id) ?? [] }]));
}

/** The duplicates reads, bound to one connection (what `CaseStore.duplicateReads()` hands out). */
export function duplicateReadsOf(db: Database.Database) {
  return {
    names: (type?: string) => nameRows(db, type),
    aliases: () => aliasRows(db),
    sideCounts: (ids: readonly string[]) => duplicateSideCounts(db, ids),
  };
}

export type DuplicateReads = ReturnType<typeof duplicateReadsOf>;
