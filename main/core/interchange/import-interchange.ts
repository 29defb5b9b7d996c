import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { incomingFromMemory } from '../bundle/incoming.js';
import { mergeIntoCase } from '../bundle/merge-into-case.js';
import type { MergeReport } from '../bundle/merge-report.js';
import { RECORD_SCHEMAS } from '../store/record-schemas.js';
import { DossierError } from '../errors.js';
import { nowIso } from '../ids.js';
import type { WritableCase } from '../store/case-store.js';
import type { RecordKind, RecordsByKind } from '../store/records.js';
import { csvToRecords } from './csv/import-csv.js';
import type { ImportFormat } from './formats.js';
import { ftmToRecords, parseFtmLines } from './ftm/import-ftm.js';
import { graphmlToRecords } from './graphml/import-graphml.js';
import { stixToRecords } from './stix/import-stix.js';

const MAX_BYTES = 512 * 1024 * 1024;

export interface InterchangeReport extends MergeReport {
  /** Objects the format holds that have no place in a case, by type. */
  skipped: Record<string, number>;
  /** What the import changed about the file that the analyst should know (e.g. a STIX 2.0 upgrade). */
  notes: string[];
}

type ImportedRecords = { [K in RecordKind]?: RecordsByKind[K][] } & {
  originals?: { sha256: string; bytes: Uint8Array }[];
};

/**
 * Records the source gave no timestamp are dated by the import (`importedAt`). When such a record
 * is already in the case, it keeps its stored dates, so importing the same file again changes nothing.
 */
function keepStoredDates(store: WritableCase, records: ImportedRecords, importedAt: string): void {
  for (const kind of Object.keys(records) as RecordKind[]) {
    if (!(kind in RECORD_SCHEMAS)) continue;
    for (const r of (records[kind] ?? []) as { id: string; createdAt: string; modifiedAt: string }[]) {
      if (r.createdAt !== importedAt) continue;
      const stored = store.get(kind, r.id);
      if (!stored) continue;
      r.createdAt = stored.createdAt;
      if (r.modifiedAt === importedAt) r.modifiedAt = stored.modifiedAt;
    }
  }
}

/**
 * Imports a STIX 2.1 bundle, FtM JSON lines, an Aleph diagram, GraphML or a CSV table through the
 * same merge as case bundles: one transaction, the same report, `dryRun` writes nothing. Every
 * record is schema-checked first, so a malformed file is refused naming the object.
 */
export function importInterchange(
  store: WritableCase,
  path: string,
  format: Exclude<ImportFormat, 'casebundle'>,
  options: { dryRun?: boolean; keep?: Readonly<Record<string, 'here' | 'incoming'>> } = {},
): InterchangeReport {
  if (statSync(path).size > MAX_BYTES)
    throw new DossierError('import-failed', `${path} is larger than ${MAX_BYTES} bytes`);
  const bytes = readFileSync(path);
  const caseId = store.meta().id;
  const label = basename(path);
  const importedAt = nowIso();
  let records: ImportedRecords;
  let skipped: Record<string, number> = {};
  let notes: string[] = [];
  switch (format) {
    case 'stix': {
      const r = stixToRecords(bytes, label, caseId, importedAt);
      ({ skipped, notes } = r);
      records = r;
      break;
    }
    case 'ftm':
    case 'vis': {
      const text = bytes.toString('utf8');
      let raws: unknown[];
      if (format === 'vis') {
        try {
          raws = ((JSON.parse(text) as { layout?: { entities?: unknown[] } }).layout?.entities ?? []) as unknown[];
        } catch (e) {
          throw new DossierError('import-failed', `${label} is not valid JSON: ${(e as Error).message}`);
        }
      } else raws = parseFtmLines(text, label);
      const r = ftmToRecords(raws, caseId, label, importedAt);
      ({ skipped, notes } = r);
      records = r;
      break;
    }
    case 'csv':
      records = csvToRecords(bytes.toString('utf8'), caseId, label, importedAt);
      break;
    case 'graphml':
      records = graphmlToRecords(bytes.toString('utf8'), caseId, label, importedAt);
      break;
  }
  for (const kind of Object.keys(RECORD_SCHEMAS) as RecordKind[]) {
    const rows = records[kind] as unknown[] | undefined;
    rows?.forEach((row, i) => {
      const r = RECORD_SCHEMAS[kind].safeParse(row);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        throw new DossierError(
          'import-failed',
          `${label}: ${kind} ${i + 1} cannot be imported: ${issue.path.join('.')}: ${issue.message}`,
        );
      }
    });
  }
  keepStoredDates(store, records, importedAt);
  // An alias the case already gives the same entity is not added twice.
  if (records.alias) {
    records.alias = records.alias.filter(
      (a) => !store.list('alias', { entityId: a.entityId, alias: a.alias }).some((x) => x.id !== a.id),
    );
  }
  const report = mergeIntoCase(store, incomingFromMemory(path, records), options);
  return { ...report, skipped, notes };
}
