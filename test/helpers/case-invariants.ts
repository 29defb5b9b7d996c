import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';

/**
 * What must hold in any case file, whatever moment a process died at: SQLite's own integrity
 * and foreign keys, every document's original bytes present, every mention's offsets inside its
 * document and matching its surface text, and the full-text index in step with the documents.
 * Checked on a copy, since FTS5's integrity check is written as an INSERT.
 */
export function caseInvariantProblems(path: string, scratch: string): string[] {
  copyFileSync(path, scratch);
  const db = new Database(scratch);
  const problems: string[] = [];
  try {
    for (const r of db.pragma('integrity_check') as { integrity_check: string }[]) {
      if (r.integrity_check !== 'ok') problems.push(`integrity: ${r.integrity_check}`);
    }
    for (const f of db.pragma('foreign_key_check') as { table: string; parent: string }[])
      problems.push(`${f.table} refers to a missing ${f.parent}`);
    const orphans = db
      .prepare('SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM originals o WHERE o.sha256 = d.sha256)')
      .all();
    if (orphans.length) problems.push(`${orphans.length} document(s) without their original`);
    const mentions = db
      .prepare('SELECT m.start, m.end, m.surface, d.text FROM mentions m JOIN documents d ON d.id = m.document_id')
      .all() as { start: number; end: number; surface: string; text: string }[];
    const off = mentions.filter(
      (m) => m.start < 0 || m.end > m.text.length || m.start >= m.end || m.text.slice(m.start, m.end) !== m.surface,
    );
    if (off.length) problems.push(`${off.length} mention(s) whose offsets do not match their document`);
    try {
      db.exec("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')");
    } catch (e) {
      problems.push(`search index out of step: ${(e as Error).message}`);
    }
  } finally {
    db.close();
  }
  return problems;
}
