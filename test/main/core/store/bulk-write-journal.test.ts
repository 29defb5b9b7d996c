import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBulkWriteSettings } from '../../../../main/core/store/bulk-write.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

// A bulk write into an empty case runs with a rollback journal instead of the write-ahead log
// (bulk-write.ts): the case must come out of it in its usual mode, and a process killed in the
// middle must leave the case as it was, whoever opens it next.
const root = new URL('../../../../', import.meta.url).pathname;
const tempDir = useTempDir('dossier-bulk-journal-');

const entity = (i: number) => ({
  type: 'person',
  label: `Person ${i} ${'x'.repeat(200)}`,
  properties: {},
  notes: '',
  status: 'suggested' as const,
});

describe('the journal of a bulk write', () => {
  it('is a rollback journal into an empty case only, and the write-ahead log again afterwards', () => {
    const store = CaseStore.create(join(tempDir(), 'case.dossier'), { title: 'case' });
    const mode = () => store.connection().pragma('journal_mode', { simple: true });
    expect(withBulkWriteSettings(store, mode)).toBe('delete');
    expect(mode()).toBe('wal');
    withBulkWriteSettings(store, () => store.insertMany('entity', [entity(1)]));
    expect(withBulkWriteSettings(store, mode)).toBe('wal');
    expect(store.count('entity')).toBe(1);
    store.close();
  });

  it('left behind by a process killed mid-write is rolled back when the case is next opened', () => {
    const dir = tempDir();
    const path = join(dir, 'case.dossier');
    const script = join(dir, 'killed-mid-write.mts');
    const store = `${root}main/core/store`;
    writeFileSync(
      script,
      `import { CaseStore } from '${store}/case-store.ts';
import { withBulkWriteSettings } from '${store}/bulk-write.ts';
const store = CaseStore.create(${JSON.stringify(path)}, { title: 'case' });
const entity = ${entity.toString()};
withBulkWriteSettings(store, () => store.transaction(() => {
  // A small cache: pages spill into the case file itself before the commit, as a large import's do.
  store.connection().pragma('cache_size = 20');
  store.insertMany('entity', Array.from({ length: 3000 }, (_, i) => entity(i)));
  process.kill(process.pid, 'SIGKILL');
}));`,
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    // The write reached the case file, and its journal was left behind.
    expect(statSync(`${path}-journal`).size).toBeGreaterThan(0);
    expect(statSync(path).size).toBeGreaterThan(1024 * 1024);

    const reopened = CaseStore.open(path);
    expect(reopened.count('entity')).toBe(0);
    expect(reopened.meta().title).toBe('case');
    expect(reopened.connection().pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.connection().pragma('integrity_check', { simple: true })).toBe('ok');
    expect(existsSync(`${path}-journal`)).toBe(false);
    reopened.close();
  });
});
