import type { Migration } from './migration.js';

// Columns every record table carries, so bundles from several analysts merge by id:
// a UUIDv7, the case the record was created in, and created/modified timestamps.
const RECORD = `id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  modified_at TEXT NOT NULL`;

// Foreign keys are deferred so that one transaction (a bundle import) may insert
// records in any order; they are still checked at commit.
const REF = 'DEFERRABLE INITIALLY DEFERRED';

export const initialSchema: Migration = {
  version: 10,
  name: 'initial schema',
  up: `
CREATE TABLE case_meta (
  ${RECORD},
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  tlp TEXT NOT NULL DEFAULT 'TLP:AMBER'
);

CREATE TABLE originals (
  sha256 TEXT PRIMARY KEY NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
);

CREATE TABLE documents (
  ${RECORD},
  title TEXT NOT NULL,
  source_uri TEXT NOT NULL DEFAULT '',
  mime_type TEXT NOT NULL DEFAULT 'text/plain',
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL DEFAULT '',
  language TEXT,
  published_at TEXT,
  ingested_at TEXT NOT NULL,
  reliability TEXT CHECK (reliability IS NULL OR reliability IN ('A','B','C','D','E','F')),
  tlp TEXT NOT NULL DEFAULT 'TLP:AMBER',
  parent_id TEXT REFERENCES documents(id) ON DELETE CASCADE ${REF},
  properties TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_parent ON documents(parent_id);

CREATE TABLE entities (
  ${RECORD},
  type TEXT NOT NULL,
  label TEXT NOT NULL,
  properties TEXT NOT NULL DEFAULT '{}',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','rejected'))
);
CREATE INDEX entities_type_label ON entities(type, label);

CREATE TABLE aliases (
  ${RECORD},
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ${REF},
  alias TEXT NOT NULL
);
CREATE INDEX aliases_entity ON aliases(entity_id);

CREATE TABLE mentions (
  ${RECORD},
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE ${REF},
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ${REF},
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  surface TEXT NOT NULL,
  extractor TEXT NOT NULL DEFAULT 'analyst',
  extractor_version TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','rejected')),
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE events (
  ${RECORD},
  title TEXT NOT NULL,
  start_at TEXT,
  end_at TEXT,
  date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day','month','year','range','unknown')),
  location_entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL ${REF},
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','rejected')),
  properties TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_start ON events(start_at);

CREATE TABLE participants (
  ${RECORD},
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE ${REF},
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ${REF},
  role TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participants_event ON participants(event_id);
CREATE INDEX participants_entity ON participants(entity_id);

CREATE TABLE links (
  ${RECORD},
  source_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ${REF},
  target_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE ${REF},
  type TEXT NOT NULL,
  directed INTEGER NOT NULL DEFAULT 0,
  confidence REAL NOT NULL DEFAULT 0.5 CHECK (confidence >= 0 AND confidence <= 1),
  credibility INTEGER CHECK (credibility IS NULL OR credibility BETWEEN 1 AND 6),
  first_seen TEXT,
  last_seen TEXT,
  status TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested','confirmed','rejected')),
  properties TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);

CREATE TABLE citations (
  ${RECORD},
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('entity','link','event')),
  subject_id TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE ${REF},
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL DEFAULT '',
  page INTEGER,
  CHECK (start >= 0 AND end >= start)
);
CREATE INDEX citations_subject ON citations(subject_id);
CREATE INDEX citations_document ON citations(document_id);

CREATE TABLE charts (
  ${RECORD},
  name TEXT NOT NULL,
  viewport TEXT NOT NULL DEFAULT '{}',
  settings TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE chart_nodes (
  ${RECORD},
  chart_id TEXT NOT NULL REFERENCES charts(id) ON DELETE CASCADE ${REF},
  subject_id TEXT NOT NULL,
  x REAL NOT NULL DEFAULT 0,
  y REAL NOT NULL DEFAULT 0,
  style TEXT NOT NULL DEFAULT '{}',
  locked INTEGER NOT NULL DEFAULT 0,
  hidden INTEGER NOT NULL DEFAULT 0,
  group_id TEXT,
  UNIQUE (chart_id, subject_id)
);

CREATE TABLE tombstones (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL,
  case_id TEXT NOT NULL,
  deleted_at TEXT NOT NULL
);

CREATE TABLE merge_redirects (
  from_id TEXT PRIMARY KEY NOT NULL,
  to_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  merged_at TEXT NOT NULL
);

-- Append-only: the triggers below refuse any change to a written row.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_id TEXT,
  before TEXT,
  after TEXT
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Full-text search over document text, kept in sync by triggers (external content).
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- Names: one row per entity label and per alias, so a search for an alias finds its entity.
-- Row ids are derived (entity rowid*2, alias rowid*2+1) so a delete is a key lookup.
-- Rowids of these tables can change under VACUUM: rebuild both indexes after one.
CREATE VIRTUAL TABLE names_fts USING fts5(
  entity_id UNINDEXED, name, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER entities_names_insert AFTER INSERT ON entities BEGIN
  INSERT INTO names_fts(rowid, entity_id, name) VALUES (new.rowid * 2, new.id, new.label);
END;
CREATE TRIGGER entities_names_delete AFTER DELETE ON entities BEGIN
  DELETE FROM names_fts WHERE rowid = old.rowid * 2;
END;
CREATE TRIGGER entities_names_update AFTER UPDATE OF label ON entities BEGIN
  UPDATE names_fts SET name = new.label WHERE rowid = old.rowid * 2;
END;
CREATE TRIGGER aliases_names_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO names_fts(rowid, entity_id, name) VALUES (new.rowid * 2 + 1, new.entity_id, new.alias);
END;
CREATE TRIGGER aliases_names_delete AFTER DELETE ON aliases BEGIN
  DELETE FROM names_fts WHERE rowid = old.rowid * 2 + 1;
END;
CREATE TRIGGER aliases_names_update AFTER UPDATE OF alias, entity_id ON aliases BEGIN
  UPDATE names_fts SET name = new.alias, entity_id = new.entity_id WHERE rowid = old.rowid * 2 + 1;
END;
`,
};
