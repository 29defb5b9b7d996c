import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { dismissDuplicate } from '../../../../main/core/entities/duplicate-dismissals.js';
import { findLikelyDuplicates } from '../../../../main/core/entities/likely-duplicates.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('duplicate dismissals in bundles', () => {
  it('travel to a colleague, who then is not asked about the pair again; a bundle without any has no entry', () => {
    const dir = tempDir();
    const mine = CaseStore.create(join(dir, 'mine.dossier'), { title: 'mine' });
    const add = (label: string) =>
      mine.insert('entity', { type: 'organization', label, properties: {}, notes: '', status: 'suggested' });
    const a = add('AsiaPlus');
    const b = add('Asia-Plus');
    add('CSTO');
    add('Collective Security Treaty Organization');
    const before = join(dir, 'before.casebundle');
    expect(exportBundle(mine, before).manifest.counts.dismissals).toBeUndefined();
    dismissDuplicate(mine, a.id, b.id);
    const out = join(dir, 'out.casebundle');
    expect(exportBundle(mine, out).manifest.counts.dismissals).toBe(1);
    mine.close();

    const theirs = CaseStore.create(join(dir, 'theirs.dossier'), { title: 'theirs' });
    importBundle(theirs, before);
    expect(
      findLikelyDuplicates(theirs)
        .map((p) => p.kind)
        .sort(),
    ).toEqual(['acronym', 'punctuation']);
    importBundle(theirs, out, { dryRun: true });
    expect(findLikelyDuplicates(theirs)).toHaveLength(2);
    importBundle(theirs, out);
    expect(findLikelyDuplicates(theirs).map((p) => p.kind)).toEqual(['acronym']);
    theirs.close();
  });
});
