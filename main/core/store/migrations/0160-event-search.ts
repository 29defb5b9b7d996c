import type { Migration } from './migration.js';

// Events become searchable: their title, description, type and the counts extraction stores
// as properties ("killed 5", migration 0110 made numbers properties). The `facts` column holds
// the properties as words — "attack killed 5 injured 3" — so "killed 5" finds the event whose
// text said "killing five". Triggers keep the index in step with every write.
const FACTS = (row: string) => `trim(
  coalesce(json_extract(${row}.properties, '$.type'), '') || ' ' ||
  coalesce((SELECT group_concat(key || ' ' || value, ' ') FROM json_each(${row}.properties, '$.counts')), '') || ' ' ||
  coalesce((SELECT group_concat(value, ' ') FROM json_each(${row}.properties, '$.quantities')), '') || ' ' ||
  ${row}.description)`;

export const eventSearch: Migration = {
  version: 160,
  name: 'full-text search over events, their type and counts',
  up: `
CREATE VIRTUAL TABLE events_fts USING fts5(
  event_id UNINDEXED, title, facts, tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO events_fts(rowid, event_id, title, facts) SELECT rowid, id, title, ${FACTS('events')} FROM events;
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts(rowid, event_id, title, facts) VALUES (new.rowid, new.id, new.title, ${FACTS('new')});
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description, properties ON events BEGIN
  UPDATE events_fts SET title = new.title, facts = ${FACTS('new')} WHERE rowid = old.rowid;
END;
`,
};
