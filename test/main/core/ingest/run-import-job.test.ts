import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImportJob } from '../../../../main/core/ingest/run-import-job.js';
import type { ImportProgress } from '../../../../main/core/ingest/types.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { makePdf } from './fixtures.js';

const tempDir = useTempDir();
const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

describe('runImportJob (worker thread)', () => {
  it('imports through the worker with extraction and reports progress per file', async () => {
    const dir = tempDir();
    const casePath = join(dir, 'c.dossier');
    CaseStore.create(casePath, { title: 'job' }).close();
    const files = [join(dir, 'a.txt'), join(dir, 'b.pdf'), join(dir, 'a-copy.txt'), join(dir, 'x.xyz')];
    writeFileSync(files[0]!, corpus('tajikistan-drone-strikes-2025-12-13.txt'));
    writeFileSync(files[1]!, makePdf(['Officials from Tajikistan met in Dushanbe.']));
    writeFileSync(files[2]!, corpus('tajikistan-drone-strikes-2025-12-13.txt'));
    writeFileSync(files[3]!, 'x');
    const events: ImportProgress[] = [];
    const summary = await runImportJob(casePath, files, { reliability: 'C' }, (p) => events.push(p));
    expect(summary.cancelled).toBe(false);
    expect(summary.imported.map((f) => f.path)).toEqual([files[0], files[1]]);
    expect(summary.skipped.map((s) => s.kind)).toEqual(['duplicate', 'unsupported']);
    expect(summary.skipped[0]!.existingDocumentId).toBe(summary.imported[0]!.documentId);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ filesDone: 4, filesTotal: 4, currentFile: null });
    expect(last.entitiesFound).toBeGreaterThan(5);
    expect(events.some((e) => e.currentFile === files[1])).toBe(true);
    // The case was closed again (lock released) and holds what the summary says.
    const store = CaseStore.open(casePath);
    expect(store.count('document')).toBe(2);
    expect(store.count('mention')).toBeGreaterThan(10);
    expect(store.list('document').every((d) => d.reliability === 'C')).toBe(true);
    store.close();
  });

  it('writes into a case the caller holds open, and a cancelled job keeps only whole files', async () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'job' });
    const files = Array.from({ length: 12 }, (_, i) => {
      const p = join(dir, `d${String(i).padStart(2, '0')}.txt`);
      writeFileSync(p, `Report ${i}: ${corpus('dushanbe-counterterrorism-conference.txt').slice(0, 1500)}`);
      return p;
    });
    const controller = new AbortController();
    const summary = await runImportJob(
      store,
      files,
      // File by file, so the cancel lands after exactly three.
      { batchFiles: 1 },
      (p) => {
        if (p.filesDone === 3) controller.abort();
      },
      controller.signal,
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.imported.length).toBe(3);
    expect(summary.imported.length + summary.skipped.length).toBe(12);
    expect(summary.skipped.every((s) => s.kind === 'cancelled')).toBe(true);
    expect(store.count('document')).toBe(3);
    // Every stored mention belongs to a stored document: nothing half-written.
    const ids = new Set(store.list('document').map((d) => d.id));
    expect(store.list('mention').every((m) => ids.has(m.documentId))).toBe(true);
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });

  it('with several workers commits in file order and still catches duplicates between workers', async () => {
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'job' });
    const files = Array.from({ length: 8 }, (_, i) => {
      const p = join(dir, `f${i}.txt`);
      // Files 3 and 6 hold the same bytes; they go to different workers.
      writeFileSync(
        p,
        i === 6 ? 'Same text in Khorog.' : i === 3 ? 'Same text in Khorog.' : `Text ${i} about Dushanbe.`,
      );
      return p;
    });
    const summary = await runImportJob(store, files, { workers: 2 });
    expect(summary.imported.map((f) => f.path)).toEqual(files.filter((_, i) => i !== 6));
    expect(summary.skipped).toEqual([
      expect.objectContaining({
        path: files[6],
        kind: 'duplicate',
        existingDocumentId: summary.imported[3]!.documentId,
      }),
    ]);
    const titles = store.list('document').map((d) => d.title);
    expect(titles).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f7.txt']);
    store.close();
  });
});
