/**
 * Prints the interchange fidelity table (format · file · objects in · kept · changed · lost) for
 * every STIX and FtM file the fidelity tests run on: `npm run fidelity:interchange`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FTM_SAMPLE, STIX_FILES, ftmRoundTrip } from './fidelity-files.js';
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' · '));
if (!STIX_FILES.thirdParty.length)
  console.log('(no third-party files in ../shared/interop/third-party: their rows are not shown)');
