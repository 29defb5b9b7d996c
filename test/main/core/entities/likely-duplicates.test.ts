import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLikelyDuplicates } from '../../../../main/core/entities/likely-duplicates.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('findLikelyDuplicates', () => {
  it('proposes US / U.S. / United States, acronyms and bare surnames, without merging anything', () => {
    const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'dups' });
    const add = (type: string, label: string, status: 'suggested' | 'rejected' = 'suggested') =>
      store.insert('entity', { type, label, properties: {}, notes: '', status });
    const us = add('location', 'US');
    const usDots = add('location', 'U.S.');
    const unitedStates = add('location', 'United States');
    const csto = add('organization', 'CSTO');
    const cstoLong = add('organization', 'Collective Security Treaty Organization');
    const rahmon = add('person', 'Rahmon');
    const emomali = add('person', 'Emomali Rahmon');
    add('person', 'US');
    add('location', 'Russia');
    add('location', 'USA', 'rejected');
    const before = store.counts();
    const pairs = findLikelyDuplicates(store).map((p) => [[p.a.id, p.b.id].sort().join('|'), p.reason]);
    const key = (a: { id: string }, b: { id: string }) => [a.id, b.id].sort().join('|');
    const found = new Map(pairs as [string, string][]);
    expect(found.get(key(us, usDots))).toMatch(/punctuation/);
    expect(found.get(key(us, unitedStates))).toMatch(/initials/);
    expect(found.get(key(usDots, unitedStates))).toMatch(/initials/);
    expect(found.get(key(csto, cstoLong))).toMatch(/initials/);
    expect(found.get(key(rahmon, emomali))).toMatch(/surname/);
    // Nothing across types, nothing with rejected entities, nothing unrelated.
    expect(found.size).toBe(5);
    expect(store.counts()).toEqual(before);
    store.close();
  });
});
