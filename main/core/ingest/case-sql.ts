import type Database from 'better-sqlite3';
import { DossierError } from '../errors.js';
import { CaseStore } from '../store/case-store.js';
import type { ReadableCase } from '../store/case-store.js';

/**
 * The connection behind a case, for the few tables that are not record kinds (saved CSV
 * mappings, the analyst's undo journal) and that this layer's own migrations add. Record
 * writes still go through the store API; these tables are written inside its transactions.
 */
export function sqlOf(store: ReadableCase): Database.Database {
  if (store instanceof CaseStore) return store.connection();
  throw new DossierError('internal', 'this case store does not expose its database');
}
