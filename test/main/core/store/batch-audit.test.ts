import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchAuditSummary } from '../../../../main/core/store/batch-audit.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

const entity = (label: string) => ({ type: 'person', label, properties: {}, notes: '', status: 'suggested' as const });

describe('CaseStore.batch', () => {
  it('writes one audit row naming exactly what was created and changed, and nothing a failed part rolled back', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'batch' });
    const before = store.auditLog().length;
    const kept = store.insert('entity', entity('Kept Before'));
    const ids = store.batch('ingest', 'entity', () => {
      const a = store.insert('entity', entity('Ana Ivanova'));
      const many = store.insertMany('alias', [{ entityId: a.id, alias: 'A. Ivanova' }]);
      store.update('entity', kept.id, { label: 'Kept Renamed' });
      // One part fails after writing: its writes leave the case and the audit row.
      expect(() =>
        store.transaction(() => {
          store.insert('entity', entity('Rolled Back'));
          throw new Error('this file is broken');
        }),
      ).toThrow('this file is broken');
      const b = store.insert('entity', entity('Boris Petrov'));
      return { a: a.id, b: b.id, alias: many[0]!.id };
    });
    const rows = store.auditLog().slice(before + 1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'ingest', subjectKind: 'entity', subjectId: null });
    const after = rows[0]!.after as BatchAuditSummary;
    expect(after.count).toBe(2);
    expect(after.created).toEqual({ entity: [ids.a, ids.b], alias: [ids.alias] });
    expect(after.updated).toEqual([
      { kind: 'entity', id: kept.id, fields: { label: ['Kept Before', 'Kept Renamed'] } },
    ]);
    expect(store.list('entity').map((e) => e.label)).toEqual(['Kept Renamed', 'Ana Ivanova', 'Boris Petrov']);
    // The audit names every record the batch left in the case, and no other.
    const labels = after.created.entity!.map((id) => store.get('entity', id)?.label);
    expect(labels).toEqual(['Ana Ivanova', 'Boris Petrov']);
    store.close();
  });

  it('rolls back as one when the batch itself fails, leaving no audit row', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'batch' });
    const rows = store.auditLog().length;
    expect(() =>
      store.batch('ingest', 'entity', () => {
        store.insert('entity', entity('Gone'));
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(store.count('entity')).toBe(0);
    expect(store.auditLog()).toHaveLength(rows);
    // The store writes one row per record again afterwards.
    store.insert('entity', entity('Alone'));
    expect(store.auditLog().at(-1)).toMatchObject({ action: 'create', subjectKind: 'entity' });
    store.close();
  });

  it('refuses to write once SQLite has rolled the batch back by itself, so nothing commits on its own', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'batch' });
    expect(() =>
      store.batch('ingest', 'entity', () => {
        store.insert('entity', entity('First'));
        // What a full disk can do mid-transaction: the whole transaction is gone.
        store.connection().exec('ROLLBACK');
        store.insert('entity', entity('Would commit alone'));
      }),
    ).toThrow(/rolled back by the database/);
    expect(store.count('entity')).toBe(0);
    store.close();
  });
});
