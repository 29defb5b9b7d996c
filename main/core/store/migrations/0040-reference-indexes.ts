import type { Migration } from './migration.js';

// Merges (local and from bundles) rewrite every reference to a merged-away entity; these two
// columns had no index, so each redirect scanned the whole events and chart_nodes tables.
export const referenceIndexes: Migration = {
  version: 40,
  name: 'indexes on event locations and chart node subjects',
  up: `
CREATE INDEX IF NOT EXISTS events_location ON events(location_entity_id);
CREATE INDEX IF NOT EXISTS chart_nodes_subject ON chart_nodes(subject_id);
`,
};
