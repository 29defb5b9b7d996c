import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitBatch } from '../../../../main/core/ingest/commit-batch.js';
import { storeContext } from '../../../../main/core/ingest/import-files.js';
import { type PrepareOutcome, prepareFile } from '../../../../main/core/ingest/prepare-file.js';
import { runImportJob } from '../../../../main/core/ingest/run-import-job.js';
import type { ImportSummary } from '../../../../main/core/ingest/types.js';
import type { BatchAuditSummary } from '../../../../main/core/store/batch-audit.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();
const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
const TEXT = corpus('dushanbe-counterterrorism-conference.txt').slice(0, 2500);

function reports(dir: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const p = join(dir, `r${String(i).padStart(2, '0')}.txt`);
    writeFileSync(p, `Report ${i}: ${TEXT}`);
    return p;
  });
}

const ingestRows = (store: CaseStore) =>
  store
    .auditLog()
    .filter((a) => a.action === 'ingest')
    .map((a) => a.after as BatchAuditSummary);

describe('batched ingest commits', () => {
  it('writes each batch in one transaction with one audit row that lists exactly the records added', async () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'batches' });
    const files = reports(dir, 6);
    // A CSV without a mapping fails while it is being stored, in the middle of a batch.
    const csv = join(dir, 'r02b.csv');
    writeFileSync(csv, 'name,org\nAna,Acme\n');
    const summary = await runImportJob(store, [...files.slice(0, 3), csv, ...files.slice(3)], {
      batchFiles: 4,
      batchWaitMs: 600_000,
    });
    expect(summary.imported).toHaveLength(6);
    expect(summary.skipped).toEqual([expect.objectContaining({ path: csv, kind: 'unsupported' })]);

    const rows = ingestRows(store);
    expect(rows.map((r) => r.count)).toEqual([3, 3]);
    // No per-record audit rows for what the ingest wrote.
    expect(store.auditLog().filter((a) => a.subjectId !== null && a.subjectKind !== 'case')).toEqual([]);
    const listed = (kind: string) => rows.flatMap((r) => r.created[kind] ?? []).sort();
    const inCase = (kind: 'document' | 'entity' | 'mention' | 'event' | 'citation') =>
      store
        .list(kind)
        .map((r) => r.id)
        .sort();
    expect(listed('document')).toEqual(inCase('document'));
    expect(listed('entity')).toEqual(inCase('entity'));
    expect(listed('mention')).toEqual(inCase('mention'));
    expect(listed('event')).toEqual(inCase('event'));
    expect(listed('citation')).toEqual(inCase('citation'));
    expect(store.count('mention')).toBeGreaterThan(20);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('when a batch cannot commit, keeps nothing of it and commits its files one by one instead', async () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'fallback' });
    const outcomes: PrepareOutcome[] = [];
    for (const f of reports(dir, 3))
      outcomes.push(await prepareFile(f, { extractor: null, existingDocument: () => null }));
    // The first (three-file) batch fails at its very end, as a COMMIT on a full disk does.
    let failures = 0;
    const flaky: CaseStore = Object.create(store) as CaseStore;
    flaky.batch = (action, kind, fn) =>
      store.batch(action, kind, () => {
        const out = fn();
        if (failures++ === 0) throw new Error('database or disk is full');
        return out;
      });
    const summary: ImportSummary = { imported: [], skipped: [], cancelled: false };
    const progress = { filesDone: 0, filesTotal: 3, currentFile: null, entitiesFound: 0 };
    commitBatch(flaky, outcomes, storeContext(store, {}), summary, progress);
    expect(failures).toBe(4);
    expect(summary.imported.map((f) => f.path)).toEqual(outcomes.map((o) => o.path));
    expect(summary.skipped).toEqual([]);
    expect(store.count('document')).toBe(3);
    expect(ingestRows(store).map((r) => r.count)).toEqual([1, 1, 1]);
    store.close();
  });
});
