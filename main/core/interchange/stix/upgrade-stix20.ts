import { v5 as uuidv5 } from 'uuid';

type StixObject = Record<string, unknown> & { type: string; id: string };

/** The namespace STIX 2.1 gives for deterministic SCO ids (spec section 2.9). */
const SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

/**
 * 2.0 put these objects' open-vocabulary kinds in `labels`; 2.1 gives each its own `*_types`
 * property and leaves `labels` free for tags. The labels are kept as they were.
 */
const TYPES_PROPERTY: Record<string, string> = {
  indicator: 'indicator_types',
  malware: 'malware_types',
  report: 'report_types',
  'threat-actor': 'threat_actor_types',
  tool: 'tool_types',
};
const movesLabels = (o: StixObject): boolean =>
  !!TYPES_PROPERTY[o.type] &&
  Array.isArray(o.labels) &&
  o.labels.length > 0 &&
  o[TYPES_PROPERTY[o.type]!] === undefined;

/** A STIX 2.0 bundle: it says so, or its domain objects lack the spec_version 2.1 requires. */
export function isStix20(bundle: Record<string, unknown>, objects: StixObject[]): boolean {
  if (bundle.spec_version === '2.0') return true;
  return objects.some((o) => typeof o.created === 'string' && o.spec_version === undefined);
}

/**
 * Upgrades STIX 2.0 objects to 2.1 as the OASIS migration notes describe, changing only what 2.1
 * requires: every SDO, SRO and marking gets `spec_version: "2.1"`; malware gets `is_family` (2.0
 * malware described families); indicators get `pattern_type: "stix"`; indicator, malware,
 * report, threat-actor and tool labels are copied to their `*_types`; observed-data's embedded
 * `objects` dictionary becomes top-level cyber-observables with deterministic ids, their
 * `*_ref(s)` rewritten from dictionary keys to those ids, and listed in `object_refs`.
 * Everything else (labels, custom properties, ids, timestamps) is kept as it was.
 */
export function upgradeStix20(objects: StixObject[]): StixObject[] {
  const out: StixObject[] = [];
  for (const o of objects) {
    const up: StixObject = { ...o, spec_version: '2.1' };
    if (o.type === 'malware' && up.is_family === undefined) up.is_family = true;
    if (o.type === 'indicator' && up.pattern_type === undefined) up.pattern_type = 'stix';
    if (movesLabels(o)) up[TYPES_PROPERTY[o.type]!] = [...(o.labels as unknown[])];
    if (o.type === 'observed-data' && o.objects && typeof o.objects === 'object' && !Array.isArray(o.objects)) {
      const embedded = o.objects as Record<string, Record<string, unknown>>;
      const idOfKey = new Map(
        Object.entries(embedded).map(([k, sco]) => [
          k,
          `${String(sco.type)}--${uuidv5(`${o.id}:${k}`, SCO_NAMESPACE)}`,
        ]),
      );
      const rewrite = (v: unknown): unknown => (typeof v === 'string' ? (idOfKey.get(v) ?? v) : v);
      for (const [k, sco] of Object.entries(embedded)) {
        const top: StixObject = { type: String(sco.type), spec_version: '2.1', id: idOfKey.get(k)! };
        for (const [p, v] of Object.entries(sco)) {
          if (p === 'type') continue;
          if (p.endsWith('_ref')) top[p] = rewrite(v);
          else if (p.endsWith('_refs') && Array.isArray(v)) top[p] = v.map(rewrite);
          else top[p] = v;
        }
        out.push(top);
      }
      delete up.objects;
      up.object_refs = [...idOfKey.values()];
    }
    out.push(up);
  }
  return out;
}

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** What `upgradeStix20` changes in these 2.0 objects, in words for the import summary. */
export function describeStix20Upgrade(objects: StixObject[]): string {
  const count = (test: (o: StixObject) => boolean): number => objects.filter(test).length;
  const malware = count((o) => o.type === 'malware' && o.is_family === undefined);
  const indicators = count((o) => o.type === 'indicator' && o.pattern_type === undefined);
  const typed = count(movesLabels);
  const observed = objects.filter(
    (o) => o.type === 'observed-data' && o.objects && typeof o.objects === 'object' && !Array.isArray(o.objects),
  );
  const embedded = observed.reduce((n, o) => n + Object.keys(o.objects as object).length, 0);
  const parts = [
    `${plural(
      count((o) => o.spec_version === undefined),
      'object',
    )} given spec_version "2.1"`,
    ...(malware ? [`${malware} malware given is_family: true (2.0 malware named families)`] : []),
    ...(indicators ? [`${plural(indicators, 'indicator')} given pattern_type "stix"`] : []),
    ...(typed ? [`${plural(typed, 'object')} given *_types from their labels (labels kept)`] : []),
    ...(embedded
      ? [
          `${plural(embedded, 'observable')} embedded in ${observed.length} observed-data made top-level objects with their references rewritten`,
        ]
      : []),
  ];
  return `STIX 2.0 upgraded to 2.1: ${parts.join('; ')}. Labels, custom properties, ids and timestamps are as in the file.`;
}
