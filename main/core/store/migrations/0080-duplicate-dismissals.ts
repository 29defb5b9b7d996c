import type { Migration } from './migration.js';

// Pairs of entities the analyst said are not duplicates, so the duplicates queue stops
// proposing them. Keyed by the two ids in sorted order; the case id and time travel in bundles.
export const duplicateDismissals: Migration = {
  version: 80,
  name: 'dismissed duplicate proposals',
  up: `
CREATE TABLE duplicate_dismissals (
  first_id TEXT NOT NULL,
  second_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (first_id, second_id),
  CHECK (first_id < second_id)
);
`,
};
