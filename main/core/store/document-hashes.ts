import type { ReadableCase } from './case-store.js';
import { sqlOf } from './case-sql.js';

/** Every document's [sha256, id], newest first, so a Map built from it keeps the oldest document per content. */
export function documentHashes(store: ReadableCase): [sha256: string, id: string][] {
  return sqlOf(store).prepare('SELECT sha256, id FROM documents ORDER BY id DESC').raw().all() as [string, string][];
}
