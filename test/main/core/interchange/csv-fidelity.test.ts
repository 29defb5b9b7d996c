import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';
import { recordRoundTrip } from './fidelity-files.js';

const tempDir = useTempDir();

describe('CSV fidelity', () => {
  it("carries text properties (a person's nationality, a link's note) as columns and reads them back", () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const f = recordRoundTrip(dir, store, 'csv');
    expect(f.lost).toEqual([]);
    expect(f.changed).toEqual([]);
    expect(f.kept).toBe(f.objectsIn);
    store.close();
  });

  it('reads a CRLF table that ends in a bare LF without putting the line break in the last cell', () => {
    const dir = tempDir();
    const path = join(dir, 'people.csv');
    writeFileSync(path, 'type,label,role\r\nperson,Ana Petrova,courier\r\nperson,Ivo Marin,driver\n');
    const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'c' });
    importInterchange(store, path, 'csv');
    expect(
      store
        .list('entity')
        .map((e) => e.properties.role)
        .sort(),
    ).toEqual(['courier', 'driver']);
    store.close();
  });
});
