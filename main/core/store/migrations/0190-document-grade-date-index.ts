import type { Migration } from './migration.js';

// A document's grade and date sit after its text in the row, so reading them for a chart node's
// evidence (store/chart-reads.ts) or the timeline walked every document's overflow pages: 1.6 s
// for the 150 most mentioned entities at 20,000 documents. This index holds both beside the id,
// so those reads never touch the text.
export const documentGradeDateIndex: Migration = {
  version: 190,
  name: 'index of document grades and dates by id',
  up: `
CREATE INDEX IF NOT EXISTS documents_grade_date ON documents(id, reliability, published_at);
`,
};
