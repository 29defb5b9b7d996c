import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadView } from '../../../../main/core/interchange/case-view.js';
import { importInterchange, type InterchangeReport } from '../../../../main/core/interchange/import-interchange.js';
import { buildStixExport, type StixExport } from '../../../../main/core/interchange/stix/export-stix.js';
import { tlpOfMarking } from '../../../../main/core/interchange/stix/tlp-markings.js';
import { upgradeStix20, isStix20 } from '../../../../main/core/interchange/stix/upgrade-stix20.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import type { Tlp } from '../../../../main/core/store/records.js';
import { stixValidators } from './stix-validator.js';

type StixObject = Record<string, unknown> & { type: string; id: string };

export interface Fidelity {
  file: string;
  objectsIn: number;
  kept: number;
  changed: string[];
  lost: string[];
  invalid: string[];
  exported: StixExport;
  report: InterchangeReport;
  store: CaseStore;
}

/** Validates one object: against its type's OASIS schema, or the common core schema for custom types. */
export function stixProblems(o: StixObject): string | null {
  const { byType } = stixValidators();
  const validate = byType.get(o.type) ?? byType.get('core')!;
  const name = `${o.type} ${o.id}`;
  return validate(o) ? null : `${name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`;
}

/**
 * Imports a STIX file into a fresh case, exports the case, and compares object by object: every
 * source object must come back under its id with every property equal (TLP marking definitions
 * come back as the canonical ones for their ids). A STIX 2.0 source is compared as upgraded.
 */
export function stixRoundTrip(dir: string, path: string, tlp: Tlp = 'TLP:RED'): Fidelity {
  const store = CaseStore.create(join(dir, `${path.split('/').pop()}.dossier`), { title: 'fidelity' });
  const report = importInterchange(store, path, 'stix');
  const exported = buildStixExport(loadView(store, { tlp }));
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { objects?: StixObject[] };
  const bundle =
    parsed.type === 'bundle'
      ? (parsed as typeof parsed & { objects: StixObject[] })
      : { objects: [parsed as StixObject] };
  const source = isStix20(bundle, bundle.objects) ? upgradeStix20(bundle.objects) : bundle.objects;
  const out = new Map(exported.bundle.objects.map((o) => [o.id, o]));
  const changed: string[] = [];
  const lost: string[] = [];
  let kept = 0;
  for (const o of source) {
    const back = out.get(o.id);
    if (!back) lost.push(`${o.type} ${o.id}`);
    else if (isDeepStrictEqual(back, o) || (o.type === 'marking-definition' && tlpOfMarking(o) === tlpOfMarking(back)))
      kept++;
    else changed.push(`${o.type} ${o.id}`);
  }
  const invalid = exported.bundle.objects.map(stixProblems).filter((p): p is string => !!p);
  return {
    file: path.split('/').pop()!,
    objectsIn: source.length,
    kept,
    changed,
    lost,
    invalid,
    exported,
    report,
    store,
  };
}
