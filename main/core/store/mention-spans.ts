import type { ReadableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/**
 * The text spans an entity is mentioned at, as `documentId:start:end` keys: what a merge checks
 * so a span both entities claim is kept once. Only the keys are read, not whole mention records
 * (a survivor may have thousands).
 */
export function mentionSpanKeys(store: ReadableCase, entityId: string): string[] {
  return sqlOf(store)
    .prepare(`SELECT document_id || ':' || start || ':' || "end" FROM mentions WHERE entity_id = ?`)
    .pluck()
    .all(entityId) as string[];
}
