// History benchmark (issue 13): merging two entities with N mentions each (default 1,000) as one
// journalled analyst operation, and its undo, against the same row changes made with plain SQL
// on the same case file. HISTORY_BENCH_MENTIONS=200 npm run bench -- history for a quick run.
import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeEntities } from '../../main/core/entities/merge.js';
import { undoLast } from '../../main/core/entities/undo.js';
import { nowIso } from '../../main/core/ids.js';
import { CaseStore } from '../../main/core/store/case-store.js';
import { percentile, report, timeAndCpuMs } from './bench-util.js';

const MENTIONS = Number(process.env.HISTORY_BENCH_MENTIONS ?? 1_000);
const ROUNDS = Number(process.env.HISTORY_BENCH_ROUNDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dossier-history-bench-'));

/** A case with 20 documents and two entities, each mentioned MENTIONS times across them. */
function caseWithTwo(path: string) {
  const store = CaseStore.create(path, { title: 'history bench' });
  const text = 'Zafar Kurbonov met Zafar Qurbonov. '.repeat(400);
  const docs = Array.from({ length: 20 }, (_, i) =>
    store.insert('document', {
      title: `Report ${i}`,
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: String(i).padStart(64, '0'),
      size: text.length,
      text,
      language: 'en',
      publishedAt: null,
      ingestedAt: nowIso(),
      reliability: 'B',
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    }),
  );
  const entity = (label: string) =>
    store.insert('entity', { type: 'person', label, properties: {}, notes: '', status: 'suggested' });
  const a = entity('Zafar Kurbonov');
  const b = entity('Zafar Qurbonov');
  for (const [e, offset] of [
    [a, 0],
    [b, 19],
  ] as const) {
    store.insertMany(
      'mention',
      Array.from({ length: MENTIONS }, (_, i) => ({
        documentId: docs[i % docs.length]!.id,
        entityId: e.id,
        start: offset + 35 * Math.floor(i / docs.length),
        end: offset + 35 * Math.floor(i / docs.length) + 14,
        surface: e.label,
        extractor: 'bench',
        extractorVersion: '1',
        status: 'suggested' as const,
      })),
    );
  }
  return { store, a, b };
}

/** The same row changes a merge makes, written directly: mentions move, an alias, a redirect, the entity goes. */
function directMerge(db: Database.Database, survivor: string, merged: string, caseId: string): string[] {
  return db.transaction(() => {
    const moved = (db.prepare('SELECT id FROM mentions WHERE entity_id = ?').all(merged) as { id: string }[]).map(
      (r) => r.id,
    );
    db.prepare('UPDATE mentions SET entity_id = ?, modified_at = ? WHERE entity_id = ?').run(
      survivor,
      nowIso(),
      merged,
    );
    db.prepare(
      "INSERT INTO aliases (id, case_id, created_at, modified_at, entity_id, alias) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, 'x')",
    ).run(caseId, nowIso(), nowIso(), survivor);
    db.prepare('INSERT OR REPLACE INTO merge_redirects (from_id, to_id, case_id, merged_at) VALUES (?, ?, ?, ?)').run(
      merged,
      survivor,
      caseId,
      nowIso(),
    );
    db.prepare('DELETE FROM entities WHERE id = ?').run(merged);
    return moved;
  })();
}

function directUndo(db: Database.Database, merged: Record<string, unknown>, moved: string[], survivor: string): void {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO entities (id, case_id, created_at, modified_at, type, label, properties, notes, status) VALUES (@id, @case_id, @created_at, @modified_at, @type, @label, @properties, @notes, @status)',
    ).run(merged);
    db.prepare('UPDATE mentions SET entity_id = ?, modified_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(
      merged.id,
      nowIso(),
      JSON.stringify(moved),
    );
    db.prepare("DELETE FROM aliases WHERE entity_id = ? AND alias = 'x'").run(survivor);
    db.prepare('DELETE FROM merge_redirects WHERE from_id = ?').run(merged.id);
  })();
}

const merge: number[] = [];
const undo: number[] = [];
const mergeCpu: number[] = [];
const undoCpu: number[] = [];
const sqlMerge: number[] = [];
const sqlUndo: number[] = [];
const sqlMergeCpu: number[] = [];
const sqlUndoCpu: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const app = caseWithTwo(join(dir, `app-${round}.dossier`));
    const m = timeAndCpuMs(() => mergeEntities(app.store, app.a.id, [app.b.id]));
    const u = timeAndCpuMs(() => undoLast(app.store));
    merge.push(m.wall);
    mergeCpu.push(m.cpu);
    undo.push(u.wall);
    undoCpu.push(u.cpu);
    if (
      app.store.count('mention') !== 2 * MENTIONS ||
      app.store.list('mention', { entityId: app.b.id }).length !== MENTIONS
    )
      throw new Error('the undo did not put the mentions back');
    app.store.close();

    const raw = caseWithTwo(join(dir, `sql-${round}.dossier`));
    const db = raw.store.connection();
    const row = db.prepare('SELECT * FROM entities WHERE id = ?').get(raw.b.id) as Record<string, unknown>;
    let moved: string[] = [];
    const sm = timeAndCpuMs(() => (moved = directMerge(db, raw.a.id, raw.b.id, raw.store.meta().id)));
    const su = timeAndCpuMs(() => directUndo(db, row, moved, raw.a.id));
    sqlMerge.push(sm.wall);
    sqlMergeCpu.push(sm.cpu);
    sqlUndo.push(su.wall);
    sqlUndoCpu.push(su.cpu);
    raw.store.close();
  }
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((x, y) => x - y),
      50,
    );
  report(`history.merge_${MENTIONS}x2_ms`, median(merge), 'ms');
  report(`history.undo_merge_${MENTIONS}x2_ms`, median(undo), 'ms');
  report(`history.merge_${MENTIONS}x2_cpu_ms`, median(mergeCpu), 'ms');
  report(`history.undo_merge_${MENTIONS}x2_cpu_ms`, median(undoCpu), 'ms');
  report(`history.merge_direct_sql_ms`, median(sqlMerge), 'ms');
  report(`history.undo_direct_sql_ms`, median(sqlUndo), 'ms');
  report('history.merge_ratio_to_sql', median(merge) / median(sqlMerge), 'x');
  report('history.undo_ratio_to_sql', median(undo) / median(sqlUndo), 'x');
  // CPU ratios: the same comparison without the time spent waiting for a core on a busy machine.
  report('history.merge_cpu_ratio_to_sql', median(mergeCpu) / median(sqlMergeCpu), 'x');
  report('history.undo_cpu_ratio_to_sql', median(undoCpu) / median(sqlUndoCpu), 'x');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
