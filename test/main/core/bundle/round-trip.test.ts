import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { verifyBundle } from '../../../../main/core/bundle/verify-bundle.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, snapshot } from './sample-case.js';

const tempDir = useTempDir();

describe('case bundle round trip', () => {
  it('export → verify → import into an empty case reproduces every record, tombstone, redirect and original', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'out.casebundle');
    const result = exportBundle(store, out);
    expect(result.manifest.counts.entity).toBe(3);

    const verified = verifyBundle(out);
    expect(verified.problems).toEqual([]);
    expect(verified.ok).toBe(true);
    expect(verified.signature.state).toBe('unsigned');

    const target = CaseStore.create(join(dir, 'copy.dossier'), { title: 'Empty' });
    const { report } = importBundle(target, out);
    const before = snapshot(store);
    const after = snapshot(target);
    for (const kind of RECORD_KINDS) expect(after[kind], kind).toEqual(before[kind]);
    expect(after.tombstones).toEqual(before.tombstones);
    expect(after.redirects).toEqual(before.redirects);
    const doc = store.get('document', before.document[0]!.id)!;
    expect(target.original(doc.sha256)).toEqual(store.original(doc.sha256));
    expect(report.kinds.entity.new).toBe(3);

    const again = importBundle(target, out).report;
    for (const kind of RECORD_KINDS) {
      expect(again.kinds[kind].new + again.kinds[kind].updated + again.kinds[kind].conflicting, kind).toBe(0);
    }
    expect(again.kinds.entity.unchanged).toBe(3);
    expect(snapshot(target)).toEqual(after);
    store.close();
    target.close();
  });

  it('a dry run reports the merge and writes nothing', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'out.casebundle');
    exportBundle(store, out);
    const target = CaseStore.create(join(dir, 'copy.dossier'), { title: 'Empty' });
    const auditBefore = target.auditLog().length;
    const { report } = importBundle(target, out, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.kinds.document.new).toBe(2);
    expect(target.counts().document).toBe(0);
    expect(target.auditLog().length).toBe(auditBefore);
    store.close();
    target.close();
  });
});
