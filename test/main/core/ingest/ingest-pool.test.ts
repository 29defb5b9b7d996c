import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IngestPool, type PooledWorker } from '../../../../main/core/ingest/ingest-pool.js';
import { runImportJob } from '../../../../main/core/ingest/run-import-job.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();
const TEXT = readFileSync(
  new URL('../../../../../shared/corpus/dushanbe-counterterrorism-conference.txt', import.meta.url),
  'utf8',
).slice(0, 1500);

const pools: IngestPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});
function newPool(size: number, idleMs?: number): IngestPool {
  const pool = new IngestPool(size, idleMs);
  pools.push(pool);
  return pool;
}

/** The worker the pool would lend next, handed straight back (to follow it across imports). */
async function nextWorker(pool: IngestPool): Promise<PooledWorker> {
  const [w] = pool.lease(1);
  await pool.release(w!, true);
  return w!;
}

function writeFiles(dir: string, prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const p = join(dir, `${prefix}${i}.txt`);
    writeFileSync(p, `${prefix} report ${i}. ${TEXT}`);
    return p;
  });
}

describe('the ingest worker pool', () => {
  it('serves a second import with the same warm worker, each import with its own settings', async () => {
    const pool = newPool(1);
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'pool' });
    const first = writeFiles(dir, 'a', 3);
    const one = await runImportJob(store, first, { pool });
    expect(one.imported).toHaveLength(3);
    expect(pool.started).toBe(1);
    expect(pool.available).toBe(1);
    const worker = await nextWorker(pool);

    // The second import: new files plus one the case holds already (the worker must know the
    // case's hashes as they are now, not as they were for the first import), without extraction.
    const second = writeFiles(dir, 'b', 2);
    const mentionsBefore = store.count('mention');
    const two = await runImportJob(store, [...second, first[1]!], { pool, extract: false });
    expect(two.imported.map((f) => f.path)).toEqual(second);
    expect(two.skipped).toEqual([
      expect.objectContaining({ path: first[1], kind: 'duplicate', existingDocumentId: one.imported[1]!.documentId }),
    ]);
    expect(store.count('mention')).toBe(mentionsBefore);
    expect(await nextWorker(pool)).toBe(worker);
    expect(pool.started).toBe(1);

    // And extraction again on the same worker, into another case.
    const other = CaseStore.create(join(dir, 'other.dossier'), { title: 'other' });
    const three = await runImportJob(other, first, { pool });
    expect(three.imported).toHaveLength(3);
    expect(other.count('mention')).toBe(mentionsBefore);
    expect(await nextWorker(pool)).toBe(worker);
    store.close();
    other.close();
  });

  it('a worker that dies fails its import clearly, keeps whole files only, and is replaced for the next', async () => {
    const pool = newPool(1);
    const dir = tempDir();
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'pool' });
    pool.warm();
    const doomed = await nextWorker(pool);
    const files = writeFiles(dir, 'd', 12);
    let killed = false;
    const run = runImportJob(store, files, { pool, batchFiles: 1 }, (p) => {
      if (p.filesDone >= 2 && !killed) {
        killed = true;
        void doomed.worker.terminate();
      }
    });
    await expect(run).rejects.toThrow(/an import worker exited/);
    expect(pool.started).toBe(0);
    const ids = new Set(store.list('document').map((d) => d.id));
    expect(ids.size).toBeGreaterThanOrEqual(2);
    expect(store.list('mention').every((m) => ids.has(m.documentId))).toBe(true);
    expect(store.integrityCheck()).toEqual([]);

    const again = await runImportJob(store, files, { pool });
    expect(again.imported.length + again.skipped.length).toBe(12);
    expect(store.count('document')).toBe(12);
    expect(await nextWorker(pool)).not.toBe(doomed);
    store.close();
  });

  it('ends its workers on close, and by itself once idle for its idle time', async () => {
    const pool = newPool(2, 300);
    pool.warm();
    expect(pool.started).toBe(2);
    const exits = [...pool.lease(2)].map((w) => {
      const exited = new Promise<number>((resolve) => w.worker.once('exit', resolve));
      void pool.release(w, true);
      return exited;
    });
    await Promise.all(exits);
    expect(pool.started).toBe(0);

    pool.warm(1);
    const w = await nextWorker(pool);
    const exited = new Promise<number>((resolve) => w.worker.once('exit', resolve));
    await pool.close();
    await exited;
    expect(pool.started).toBe(0);
    expect(pool.available).toBe(0);
  });
});
