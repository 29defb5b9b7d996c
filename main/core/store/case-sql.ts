import type Database from 'better-sqlite3';
import { DossierError } from '../errors.js';
import { CaseStore } from './case-store.js';
import type { ReadableCase } from './case-store.js';

/**
 * The connection behind a case, for the store's own modules that keep the tables which are not
 * record kinds (the analyst journal, saved CSV mappings, dismissals). Outside `main/core/store/`
 * only the undo/redo, audit and dismissal modules of `core/entities/` still borrow it to hand it
 * to their statement modules here (the exceptions listed in eslint.config.js).
 */
export function sqlOf(store: ReadableCase): Database.Database {
  if (store instanceof CaseStore) return store.connection();
  throw new DossierError('internal', 'this case store does not expose its database');
}
