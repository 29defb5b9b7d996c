import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EntityResolver } from '../../../../main/core/ingest/entity-resolver.js';
import { importFiles } from '../../../../main/core/ingest/import-files.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function caseWith(names: string[]): CaseStore {
  const store = CaseStore.create(join(tempDir(), 'c.dossier'), { title: 'resolver' });
  for (const label of names)
    store.insert('entity', { type: 'location', label, properties: {}, notes: '', status: 'suggested' });
  return store;
}

describe('EntityResolver kept between imports', () => {
  it('starts from the kept index while nothing was written, and reads the case again after any write', () => {
    const store = caseWith(['Dushanbe']);
    const reads = vi.spyOn(store, 'iterate');
    const first = new EntityResolver(store);
    expect(first.find('location', ['Dushanbe'])?.label).toBe('Dushanbe');
    expect(reads).toHaveBeenCalledTimes(2); // entities, then aliases
    first.keep();

    const second = new EntityResolver(store);
    expect(second.find('location', ['Dushanbe'])?.label).toBe('Dushanbe');
    expect(reads).toHaveBeenCalledTimes(2);
    second.keep();

    // The analyst adds a name: the kept index does not know it, so it is not used.
    store.insert('entity', { type: 'location', label: 'Khorog', properties: {}, notes: '', status: 'suggested' });
    const third = new EntityResolver(store);
    expect(third.find('location', ['Khorog'])?.label).toBe('Khorog');
    expect(reads).toHaveBeenCalledTimes(4);
    store.close();
  });

  it('a resolver that was reset (its writes rolled back) leaves nothing for the next', () => {
    const store = caseWith(['Dushanbe']);
    const first = new EntityResolver(store);
    first.find('location', ['Dushanbe']);
    first.keep();
    const failing = new EntityResolver(store);
    failing.remember('location', 'Atlantis', 'an-entity-that-was-rolled-back');
    failing.reset();
    const reads = vi.spyOn(store, 'iterate');
    const next = new EntityResolver(store);
    expect(next.find('location', ['Atlantis'])).toBeNull();
    expect(next.knows('location', 'Atlantis', 'an-entity-that-was-rolled-back')).toBe(false);
    expect(reads).toHaveBeenCalled();
    store.close();
  });

  it('an entity the analyst creates between two imports is the one the second import mentions', async () => {
    const store = caseWith([]);
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'Officials from Tajikistan met in Dushanbe on Monday.');
    writeFileSync(b, 'The delegation later travelled from Dushanbe to Khorog.');
    await importFiles(store, [a]);
    const khorog = store.insert('entity', {
      type: 'location',
      label: 'Khorog',
      properties: {},
      notes: '',
      status: 'confirmed',
    });
    await importFiles(store, [b]);
    const named = store.list('entity').filter((e) => e.label === 'Khorog');
    expect(named.map((e) => e.id)).toEqual([khorog.id]);
    expect(store.list('mention', { entityId: khorog.id })).toHaveLength(1);
    expect(store.list('entity').filter((e) => e.label === 'Dushanbe')).toHaveLength(1);
    store.close();
  });
});
