import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { exportInterchange } from '../../../../main/core/interchange/export-interchange.js';
import { buildFtmEntities, type FtmEntity } from '../../../../main/core/interchange/ftm/export-ftm.js';
import { importInterchange } from '../../../../main/core/interchange/import-interchange.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { RecordKind } from '../../../../main/core/store/records.js';
import { ftmProblems } from './ftm-model-check.js';
import { STIX_DIR } from './stix-validator.js';

/** Fixtures written here (test/fixtures/interchange), in the repository. */
export const FIXTURES = join(import.meta.dirname, '../../../fixtures/interchange');
/** Real third-party exports, never committed; read when someone places them beside the project. */
export const THIRD_PARTY = join(import.meta.dirname, '../../../../../shared/interop/third-party');

const THIRD_PARTY_STIX = [
  'attack-ics-excerpt.json',
  'misp-event1-stix21.json',
  'misp-event2-stix21.json',
  'misp-objects-stix21.json',
  'misp-event1-stix20.json',
];

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? jsonFilesUnder(join(dir, d.name)) : [join(dir, d.name)]))
    .filter((p) => p.endsWith('.json'))
    .sort();
}

/** Every STIX file a fidelity test runs on: all OASIS examples, the fixtures, and third-party files present. */
export const STIX_FILES = {
  oasis: jsonFilesUnder(join(STIX_DIR, 'examples')),
  fixtures: ['attack-style.json', 'misp-style.json', 'stix20-bundle.json', 'indicators-locations.json'].map((f) =>
    join(FIXTURES, f),
  ),
  thirdParty: THIRD_PARTY_STIX.map((f) => join(THIRD_PARTY, f)).filter((p) => existsSync(p)),
};

export const FTM_SAMPLE = join(FIXTURES, 'opensanctions-sample.ftm.json');

export interface FtmFidelity {
  file: string;
  objectsIn: number;
  kept: number;
  changed: string[];
  lost: string[];
  /** Problems the FtM model finds in what was exported. */
  invalid: string[];
  exported: FtmEntity[];
  store: CaseStore;
}

/** Imports an FtM file into a fresh case, exports it, and compares entity by entity (ids, schemata, properties, line fields). */
export function ftmRoundTrip(dir: string, path: string): FtmFidelity {
  const source = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FtmEntity);
  const store = CaseStore.create(join(dir, `${path.split('/').pop()}.dossier`), { title: 'ftm fidelity' });
  importInterchange(store, path, 'ftm');
  const { entities } = buildFtmEntities(loadView(store));
  const out = new Map(entities.map((e) => [e.id, e]));
  const changed: string[] = [];
  const lost: string[] = [];
  let kept = 0;
  for (const e of source) {
    const back = out.get(e.id);
    if (!back) lost.push(`${e.schema} ${e.id}`);
    else if (isDeepStrictEqual(back, e)) kept++;
    else changed.push(`${e.schema} ${e.id}: ${JSON.stringify(back)}`);
  }
  return {
    file: path.split('/').pop()!,
    objectsIn: source.length,
    kept,
    changed,
    lost,
    invalid: entities.flatMap((e) => ftmProblems(e, out)),
    exported: entities,
    store,
  };
}

export interface RecordFidelity {
  objectsIn: number;
  kept: number;
  changed: string[];
  lost: string[];
}

/**
 * Exports a case to GraphML or CSV, imports the file into an empty case and compares record by
 * record (the case id aside: the file names no case). CSV holds entities and links only.
 */
export function recordRoundTrip(dir: string, store: CaseStore, format: 'graphml' | 'csv'): RecordFidelity {
  const out = join(dir, `round-trip.${format}`);
  const written = exportInterchange(store, out, format);
  const target = CaseStore.create(join(dir, `round-trip-${format}.dossier`), { title: 'round trip' });
  for (const file of written.files) importInterchange(target, file, format);
  const kinds: RecordKind[] = format === 'csv' ? ['entity', 'link'] : ['entity', 'event', 'participant', 'link'];
  const strip = ({ caseId: _c, ...rest }: { caseId: string }) => rest;
  const f: RecordFidelity = { objectsIn: 0, kept: 0, changed: [], lost: [] };
  for (const kind of kinds) {
    for (const r of store.iterate(kind)) {
      f.objectsIn++;
      const back = target.get(kind, r.id);
      if (!back) f.lost.push(`${kind} ${r.id}`);
      else if (isDeepStrictEqual(strip(back), strip(r))) f.kept++;
      else f.changed.push(`${kind} ${r.id}: ${JSON.stringify(strip(back))}`);
    }
  }
  target.close();
  return f;
}
