import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** The OASIS STIX 2.1 JSON schemas (draft 2020-12), shared read-only beside the project. */
export const STIX_DIR = join(import.meta.dirname, '../../../../../shared/interop/stix2');

let cache: { byType: Map<string, ValidateFunction>; bundle: ValidateFunction } | null = null;

/** Validators for every STIX object type and for whole bundles, compiled from the OASIS schemas. */
export function stixValidators(): { byType: Map<string, ValidateFunction>; bundle: ValidateFunction } {
  if (cache) return cache;
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  // ajv-formats has no idn-hostname (used by domain-name); a hostname whose labels may be Unicode.
  ajv.addFormat(
    'idn-hostname',
    (v: string) => v.length <= 253 && v.split('.').every((l) => l.length > 0 && l.length <= 63 && !/[\s/:@]/u.test(l)),
  );
  const byName = new Map<string, string>();
  for (const dir of ['common', 'sdos', 'sros', 'observables']) {
    for (const f of readdirSync(join(STIX_DIR, 'schemas', dir))) {
      const schema = JSON.parse(readFileSync(join(STIX_DIR, 'schemas', dir, f), 'utf8')) as {
        $id: string;
        title?: string;
      };
      ajv.addSchema(schema);
      byName.set(f.replace(/\.json$/, ''), schema.$id);
    }
  }
  const byType = new Map<string, ValidateFunction>();
  for (const [name, id] of byName) byType.set(name, ajv.getSchema(id)!);
  cache = { byType, bundle: ajv.getSchema(byName.get('bundle')!)! };
  return cache;
}
