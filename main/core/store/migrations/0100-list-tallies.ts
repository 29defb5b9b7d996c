import type { Migration } from './migration.js';

// Mention, document and link counts per entity and mention counts per document, kept by
// triggers so that every write path (ingest, analyst operations, merges, undo, bundle imports)
// keeps them without knowing about them. The entity and document tables list them by these
// counts, a page at a time; before, every call regrouped all mentions of the case (6.8 s at
// 20,000 documents). Rejected mentions and links are not counted. `dossier check` recomputes
// them and reports any difference (store/tallies.ts).
//
// entity_document_tallies holds live mentions per (entity, document) pair: it is what lets a
// trigger know whether a mention is the entity's first (or last) in that document.

/** The SQL of adding (sign +1) or removing (sign -1) one live mention `m` ('new' or 'old'). */
function mentionDelta(m: 'new' | 'old', sign: 1 | -1): string {
  const pair = `entity_id = ${m}.entity_id AND document_id = ${m}.document_id`;
  if (sign === 1) {
    return `
  INSERT INTO entity_document_tallies (entity_id, document_id, mentions) VALUES (${m}.entity_id, ${m}.document_id, 1)
    ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = mentions + 1;
  INSERT INTO entity_tallies (entity_id, mentions, documents) VALUES (${m}.entity_id, 1, 1)
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1,
      documents = documents + coalesce((SELECT mentions = 1 FROM entity_document_tallies WHERE ${pair}), 0);
  INSERT INTO document_tallies (document_id, mentions) VALUES (${m}.document_id, 1)
    ON CONFLICT (document_id) DO UPDATE SET mentions = mentions + 1;`;
  }
  return `
  UPDATE entity_document_tallies SET mentions = mentions - 1 WHERE ${pair};
  UPDATE entity_tallies SET mentions = mentions - 1,
      documents = documents - coalesce((SELECT mentions <= 0 FROM entity_document_tallies WHERE ${pair}), 0)
    WHERE entity_id = ${m}.entity_id;
  DELETE FROM entity_document_tallies WHERE ${pair} AND mentions <= 0;
  UPDATE document_tallies SET mentions = mentions - 1 WHERE document_id = ${m}.document_id;`;
}

/** Adding or removing one live link `l` counts once at each end (twice for a self-link). */
function linkDelta(l: 'new' | 'old', sign: 1 | -1): string {
  if (sign === 1) {
    return ['source_id', 'target_id']
      .map(
        (end) => `
  INSERT INTO entity_tallies (entity_id, links) VALUES (${l}.${end}, 1)
    ON CONFLICT (entity_id) DO UPDATE SET links = links + 1;`,
      )
      .join('');
  }
  return ['source_id', 'target_id']
    .map(
      (end) => `
  UPDATE entity_tallies SET links = links - 1 WHERE entity_id = ${l}.${end};`,
    )
    .join('');
}

const LIVE = (r: string) => `${r}.status != 'rejected'`;

export const listTallies: Migration = {
  version: 100,
  name: 'mention and link tallies kept by triggers; indexes for paged, sorted lists',
  up: `
CREATE TABLE entity_tallies (
  entity_id TEXT PRIMARY KEY NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  links INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX entity_tallies_mentions ON entity_tallies(mentions);

CREATE TABLE entity_document_tallies (
  entity_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;

CREATE TABLE document_tallies (
  document_id TEXT PRIMARY KEY NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO entity_document_tallies (entity_id, document_id, mentions)
  SELECT entity_id, document_id, count(*) FROM mentions WHERE status != 'rejected' GROUP BY entity_id, document_id;
INSERT INTO entity_tallies (entity_id, mentions, documents, links)
  SELECT e.id, coalesce(m.n, 0), coalesce(m.d, 0), coalesce(l.n, 0)
  FROM entities e
  LEFT JOIN (SELECT entity_id, sum(mentions) AS n, count(*) AS d FROM entity_document_tallies GROUP BY entity_id) m ON m.entity_id = e.id
  LEFT JOIN (SELECT id, count(*) AS n FROM (
      SELECT source_id AS id FROM links WHERE status != 'rejected' UNION ALL SELECT target_id FROM links WHERE status != 'rejected'
    ) GROUP BY id) l ON l.id = e.id;
INSERT INTO document_tallies (document_id, mentions)
  SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.document_id = d.id AND m.status != 'rejected') FROM documents d;

CREATE TRIGGER entities_tally_insert AFTER INSERT ON entities BEGIN
  INSERT OR IGNORE INTO entity_tallies (entity_id) VALUES (new.id);
END;
CREATE TRIGGER entities_tally_delete AFTER DELETE ON entities BEGIN
  DELETE FROM entity_tallies WHERE entity_id = old.id;
  DELETE FROM entity_document_tallies WHERE entity_id = old.id;
END;
CREATE TRIGGER documents_tally_insert AFTER INSERT ON documents BEGIN
  INSERT OR IGNORE INTO document_tallies (document_id) VALUES (new.id);
END;
CREATE TRIGGER documents_tally_delete AFTER DELETE ON documents BEGIN
  DELETE FROM document_tallies WHERE document_id = old.id;
END;

CREATE TRIGGER mentions_tally_insert AFTER INSERT ON mentions WHEN ${LIVE('new')} BEGIN${mentionDelta('new', 1)}
END;
CREATE TRIGGER mentions_tally_delete AFTER DELETE ON mentions WHEN ${LIVE('old')} BEGIN${mentionDelta('old', -1)}
END;
CREATE TRIGGER mentions_tally_update_old AFTER UPDATE OF status, entity_id, document_id ON mentions WHEN ${LIVE('old')} BEGIN${mentionDelta('old', -1)}
END;
CREATE TRIGGER mentions_tally_update_new AFTER UPDATE OF status, entity_id, document_id ON mentions WHEN ${LIVE('new')} BEGIN${mentionDelta('new', 1)}
END;

CREATE TRIGGER links_tally_insert AFTER INSERT ON links WHEN ${LIVE('new')} BEGIN${linkDelta('new', 1)}
END;
CREATE TRIGGER links_tally_delete AFTER DELETE ON links WHEN ${LIVE('old')} BEGIN${linkDelta('old', -1)}
END;
CREATE TRIGGER links_tally_update_old AFTER UPDATE OF status, source_id, target_id ON links WHEN ${LIVE('old')} BEGIN${linkDelta('old', -1)}
END;
CREATE TRIGGER links_tally_update_new AFTER UPDATE OF status, source_id, target_id ON links WHEN ${LIVE('new')} BEGIN${linkDelta('new', 1)}
END;

-- Paged, sorted lists: the entity table sorts by name, the documents list by import and
-- publication date or title (case-insensitively, as people read names).
CREATE INDEX entities_label_nocase ON entities(label COLLATE NOCASE);
CREATE INDEX documents_ingested ON documents(ingested_at);
CREATE INDEX documents_published ON documents(published_at);
CREATE INDEX documents_title_nocase ON documents(title COLLATE NOCASE);
`,
};
