import type { Migration } from './migration.js';
import { initialSchema } from './0010-initial-schema.js';
import { ingestTables } from './0030-ingest-tables.js';
import { referenceIndexes } from './0040-reference-indexes.js';
import { auditEditIndex } from './0060-audit-edit-index.js';
import { duplicateDismissals } from './0080-duplicate-dismissals.js';
import { listTallies } from './0100-list-tallies.js';
import { quantitiesAsProperties } from './0110-quantities-as-properties.js';
import { linkTypeSpelling } from './0120-link-type-spelling.js';
import { eventSearch } from './0160-event-search.js';
import { documentGradeDateIndex } from './0190-document-grade-date-index.js';
import { participantEntityEventIndex } from './0200-participant-entity-event-index.js';

/** Every migration in order. Append new files here; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  initialSchema,
  ingestTables,
  referenceIndexes,
  auditEditIndex,
  duplicateDismissals,
  listTallies,
  quantitiesAsProperties,
  linkTypeSpelling,
  eventSearch,
  documentGradeDateIndex,
  participantEntityEventIndex,
];

export const latestVersion: number = migrations[migrations.length - 1]?.version ?? 0;
