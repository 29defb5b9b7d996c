import { describe, expect, it } from 'vitest';
import { auditDetail, auditPage } from '../../../../main/core/entities/audit-entries.js';
import { renameEntity } from '../../../../main/core/entities/edit.js';
import { mergeEntities } from '../../../../main/core/entities/merge.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildCase } from './fixture-case.js';

const tempDir = useTempDir();

describe('the audit view', () => {
  it('shows a merge as a merge with who, before and after, filters by kind and text, and pages', () => {
    process.env.DOSSIER_ANALYST ??= 'test analyst';
    const { store, us1, us2, russia } = buildCase(tempDir());
    mergeEntities(store, us2.id, [us1.id]);
    renameEntity(store, russia.id, 'Russian Federation');
    undoLast(store);
    const page = auditPage(store, { offset: 0, limit: 50 });
    expect(page.rows.slice(0, 3).map((r) => [r.kind, r.title, r.undone])).toEqual([
      ['undo', 'undo of: rename to "Russian Federation"', false],
      ['rename', 'rename to "Russian Federation"', true],
      ['merge', 'merge "U.S." into "United States of America"', false],
    ]);
    expect(page.rows[2]!.by).toBeTruthy();
    // Single-record rows are their own kind, not mixed into the operations.
    expect(page.rows.some((r) => r.kind === 'record')).toBe(false);
    expect(page.kinds.find((k) => k.kind === 'record')!.count).toBeGreaterThan(20);
    expect(page.rows.at(-1)!.title).toBe('created the case "entities"');

    const merges = auditPage(store, { offset: 0, limit: 10, kind: 'merge' });
    expect(merges.total).toBe(1);
    expect(auditPage(store, { offset: 0, limit: 10, text: 'russian' }).rows.map((r) => r.kind)).toEqual([
      'undo',
      'rename',
    ]);
    expect(auditPage(store, { offset: 0, limit: 10, text: '100%_none' }).total).toBe(0);
    const records = auditPage(store, { offset: 0, limit: 5, kind: 'record' });
    const next = auditPage(store, { offset: 5, limit: 5, kind: 'record' });
    expect(records.rows).toHaveLength(5);
    expect(next.rows[0]!.seq).toBeLessThan(records.rows[4]!.seq);

    const detail = auditDetail(store, merges.rows[0]!.seq);
    const merged = detail.changes.find((c) => c.id === us1.id)!;
    expect(merged).toMatchObject({ kind: 'entity', label: '"U.S."', change: 'deleted' });
    const moved = detail.changes.find((c) => c.kind === 'mention' && c.change === 'changed')!;
    expect(moved.fields).toEqual([{ field: 'entityId', before: 'U.S.', after: 'United States of America' }]);
    expect(detail.changes.find((c) => c.kind === 'alias' && c.change === 'created')!.label).toBe('"U.S."');
    // The undo's detail is the rename turned around.
    const undo = auditDetail(store, page.rows[0]!.seq);
    expect(undo.changes.find((c) => c.kind === 'entity')!.fields).toEqual([
      { field: 'label', before: 'Russian Federation', after: 'Russia' },
    ]);
    expect(() => auditDetail(store, 999_999)).toThrow(/no audit entry/);
    store.close();
  });
});
