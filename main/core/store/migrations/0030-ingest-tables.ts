import type { Migration } from './migration.js';

// Tables the import and the analyst's entity operations add beside the record kinds:
// - csv_mappings: CSV import specifications saved by name and reused (like i2's).
// - analyst_operations: the undo journal; one row per analyst operation with the net
//   before/after of every record it touched, so the last one can be reverted exactly.
export const ingestTables: Migration = {
  version: 30,
  name: 'saved CSV mappings and the analyst undo journal',
  up: `
CREATE TABLE csv_mappings (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  mapping TEXT NOT NULL CHECK (json_valid(mapping))
);

CREATE TABLE analyst_operations (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  name TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  undone_at TEXT
);
`,
};
