import type { Migration } from './migration.js';

// Imports ask, for a record they are about to overwrite, which fields the analyst edited here
// since it last arrived (store/local-edits.ts): without an index that is a scan of the whole
// audit log per record. Partial, so the bulk rows of ingest do not pay for it.
export const auditEditIndex: Migration = {
  version: 60,
  name: 'index of record edits and imports in the audit log',
  up: `
CREATE INDEX IF NOT EXISTS audit_log_record_edits ON audit_log(subject_id, seq) WHERE action IN ('update', 'import', 'import-redirect');
`,
};
