/**
 * Prints the interchange fidelity table (format · file · objects in · kept · changed · lost) for
 * every STIX and FtM file the fidelity tests run on, and a GraphML and CSV round trip of the
 * sample case: `npm run fidelity:interchange`. GEXF, XLSX and Cytoscape JSON are export-only;
 * their read-back counts are printed by new-formats.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSampleCase } from '../bundle/sample-case.js';
import { FTM_SAMPLE, STIX_FILES, ftmRoundTrip, recordRoundTrip } from './fidelity-files.js';
import { stixRoundTrip } from './stix-fidelity.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-fidelity-'));
const rows: string[][] = [['format', 'file', 'objects in', 'kept', 'changed', 'lost', 'invalid']];
try {
  for (const [group, files] of Object.entries(STIX_FILES)) {
    for (const path of files) {
      const f = stixRoundTrip(dir, path);
      rows.push([
        'stix',
        `${f.file} (${group})`,
        ...[f.objectsIn, f.kept, f.changed.length, f.lost.length, f.invalid.length].map(String),
      ]);
      f.store.close();
    }
  }
  const f = ftmRoundTrip(dir, FTM_SAMPLE);
  rows.push([
    'ftm',
    `${f.file} (fixtures)`,
    ...[f.objectsIn, f.kept, f.changed.length, f.lost.length, f.invalid.length].map(String),
  ]);
  f.store.close();
  for (const format of ['graphml', 'csv'] as const) {
    const sub = join(dir, format);
    mkdirSync(sub);
    const { store } = buildSampleCase(sub);
    const r = recordRoundTrip(sub, store, format);
    rows.push([
      format,
      'Dossier sample case',
      ...[r.objectsIn, r.kept, r.changed.length, r.lost.length, 0].map(String),
    ]);
    store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' · '));
if (!STIX_FILES.thirdParty.length)
  console.log('(no third-party files in ../shared/interop/third-party: their rows are not shown)');
