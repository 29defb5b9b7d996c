import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { parseChanges } from '../../../../main/core/entities/journal-changes.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { undoJournal } from '../../../../main/core/store/journal-sql.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { RECORD_KINDS } from '../../../../main/core/store/record-kinds.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, snapshot } from './sample-case.js';

const tempDir = useTempDir();

/** Every record of the case as kind and id, sorted. */
function recordKeys(store: CaseStore): string[] {
  return RECORD_KINDS.flatMap((k) => [...store.iterate(k)].map((r) => `${k}:${r.id}`)).sort();
}

// Into a kind that held no records the import journals what it creates as columns of ids and
// modified times (bundle/created-in-bulk.ts), not one entry object each: undo must read them.
describe('the undo journal of an import into an empty case', () => {
  it('keeps created records in columns; undo removes every one, leaving the case as it was', () => {
    const dir = tempDir();
    const { store: source } = buildSampleCase(dir, 'source.dossier');
    const bundle = join(dir, 'sample.casebundle');
    exportBundle(source, bundle);
    const imported = recordKeys(source);
    source.close();

    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    const before = snapshot(target);
    const { report } = importBundle(target, bundle);
    expect(recordKeys(target)).toEqual(imported);

    const op = undoJournal(target).byId(report.operationId!)!;
    const raw = JSON.parse(op.changes) as { records: unknown[]; created?: { ids: string[] }[] };
    // Chart nodes are written one by one (their clash check reads those placed): entries as before.
    const inColumns = raw.created?.reduce((n, c) => n + c.ids.length, 0) ?? 0;
    expect(inColumns).toBeGreaterThan(imported.length / 2);
    expect(inColumns + raw.records.length).toBe(imported.length);
    const changes = parseChanges(op.changes);
    expect(changes.records.map((c) => `${c.kind}:${c.id}`).sort()).toEqual(imported);
    expect(changes.records.every((c) => c.before === null && typeof c.after?.modifiedAt === 'string')).toBe(true);
    // A record created in bulk is still found as named by the import (undo's refusals say who changed it).
    const someId = imported[imported.length - 1]!.split(':')[1]!;
    expect(undoJournal(target).newestTouching(someId)?.id).toBe(report.operationId);

    expect(undoLast(target).operationId).toBe(report.operationId);
    expect(snapshot(target)).toEqual(before);
    expect(target.integrityCheck()).toEqual([]);
    // And the same bundle imports again.
    importBundle(target, bundle);
    expect(recordKeys(target)).toEqual(imported);
    target.close();
  });

  it('refuses to undo the import once one of the records it created was edited since', () => {
    const dir = tempDir();
    const { store: source, ids } = buildSampleCase(dir, 'source.dossier');
    const bundle = join(dir, 'sample.casebundle');
    exportBundle(source, bundle);
    source.close();
    const target = CaseStore.create(join(dir, 'target.dossier'), { title: 'target' });
    importBundle(target, bundle);
    const entity = target.list('entity')[0]!;
    target.update('entity', entity.id, { label: 'Edited after the import' });
    expect(() => undoLast(target)).toThrow(/changed since/);
    expect(target.require('entity', entity.id).label).toBe('Edited after the import');
    expect(target.get('document', ids.doc!)).not.toBeNull();
    target.close();
  });
});
