import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { nowIso } from '../../../../main/core/ids.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** The merge the entities module performs: a redirect, references moved, the entity deleted. */
function merge(store: CaseStore, from: string, to: string): void {
  store.transaction(() => {
    store.putRedirect({ fromId: from, toId: to, caseId: store.meta().id, mergedAt: nowIso() });
    for (const m of store.list('mention', { entityId: from })) store.update('mention', m.id, { entityId: to });
    store.remove('entity', from);
  });
}

describe('two analysts merge one entity into different survivors', () => {
  it('joins the two survivors, in whatever order the bundles arrive, and a second import changes nothing', () => {
    const dir = tempDir();
    const base = CaseStore.create(join(dir, 'base.dossier'), { title: 'base' });
    const doc = base.insert('document', {
      title: 'd',
      sourceUri: '',
      mimeType: 'text/plain',
      sha256: 'b'.repeat(64),
      size: 4,
      text: 'text',
      language: null,
      publishedAt: null,
      ingestedAt: nowIso(),
      reliability: null,
      tlp: 'TLP:AMBER',
      parentId: null,
      properties: {},
    });
    const [x, y, z] = ['Acme', 'ACME Ltd', 'Acme Holdings'].map(
      (label) =>
        base.insert('entity', { type: 'organization', label, properties: {}, notes: '', status: 'suggested' }).id,
    ) as [string, string, string];
    const baseBundle = join(dir, 'base.casebundle');
    exportBundle(base, baseBundle);
    base.close();

    // A cites Acme and merges it into "ACME Ltd"; B merges it into "Acme Holdings" a moment later.
    const a = CaseStore.create(join(dir, 'a.dossier'), { title: 'a' });
    importBundle(a, baseBundle);
    a.insert('citation', {
      subjectKind: 'entity',
      subjectId: x,
      documentId: doc.id,
      start: 0,
      end: 4,
      quote: 'text',
      page: null,
    });
    merge(a, x, y);
    const aBundle = join(dir, 'a.casebundle');
    exportBundle(a, aBundle);
    a.close();
    const b = CaseStore.create(join(dir, 'b.dossier'), { title: 'b' });
    importBundle(b, baseBundle);
    merge(b, x, z);
    const bBundle = join(dir, 'b.casebundle');
    exportBundle(b, bBundle);
    b.close();

    for (const [n, order] of [
      [aBundle, bBundle],
      [bBundle, aBundle],
    ].entries()) {
      const target = CaseStore.create(join(dir, `t${n}.dossier`), { title: 't' });
      for (const file of order) importBundle(target, file);
      // B's merge is the later one, so its survivor stays and takes in A's.
      expect(target.list('entity').map((e) => e.label)).toEqual(['Acme Holdings']);
      expect(target.list('citation').map((c) => c.subjectId)).toEqual([z]);
      expect(target.redirects().map((r) => [r.fromId, r.toId])).toEqual(
        [
          [x, z],
          [y, z],
        ].sort(),
      );
      for (const file of order) {
        const again = importBundle(target, file).report;
        for (const o of Object.values(again.kinds)) expect(o.new + o.updated).toBe(0);
      }
      target.close();
    }
  });
});
