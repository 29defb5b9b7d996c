import Papa from 'papaparse';
import { STATUSES as REVIEW_STATUSES, isCredibility } from '../../../../lib/vocabulary/index.js';
import { DossierError } from '../../errors.js';
import { nowIso } from '../../ids.js';
import type { AliasRecord, EntityRecord, LinkRecord, Status } from '../../store/records.js';
import { derivedRecordId, isoTimestamp, recordIdFrom } from '../derived-ids.js';
import { restoreCell } from '../spreadsheet-cell.js';
import { ENTITY_COLUMNS, LINK_COLUMNS } from './export-csv.js';

const STATUSES = new Set<string>(REVIEW_STATUSES);

export interface CsvRecords {
  entity: EntityRecord[];
  alias: AliasRecord[];
  link: LinkRecord[];
  table: 'entities' | 'links';
}

/**
 * An entities or links table (as export-csv.ts writes, or any CSV with those column names)
 * recognised by its header. Rows without ids get ids derived from their content, so the same
 * file imported twice merges instead of duplicating. Links must name entities by id.
 */
export function csvToRecords(text: string, caseId: string, label: string, importedAt: string = nowIso()): CsvRecords {
  // A final line break of another style than the rows' (a CRLF file ending in LF) would otherwise
  // end up inside the last cell.
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').replace(/[\r\n]+$/, ''), {
    header: true,
    skipEmptyLines: true,
    // Cells Dossier (or an OWASP-minded tool) wrote with a protective apostrophe come back as they were.
    transform: (v) => restoreCell(v),
  });
  if (parsed.errors.length) {
    const e = parsed.errors[0]!;
    throw new DossierError('import-failed', `${label} row ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const cols = new Set(parsed.meta.fields ?? []);
  const out: CsvRecords = { entity: [], alias: [], link: [], table: 'entities' };
  const stamp = (row: Record<string, string>, seed: string) => {
    // Rows without dates are dated by the import; the id does not depend on it, so re-imports merge.
    const created = isoTimestamp(row.created_at);
    return {
      id: recordIdFrom(row.id, seed, created),
      caseId,
      createdAt: created ?? importedAt,
      modifiedAt: isoTimestamp(row.modified_at) ?? created ?? importedAt,
    };
  };
  const status = (s: string | undefined): Status => (STATUSES.has(s ?? '') ? (s as Status) : 'suggested');
  if (cols.has('source_id') && cols.has('target_id')) {
    out.table = 'links';
    parsed.data.forEach((row, i) => {
      if (!row.source_id || !row.target_id)
        throw new DossierError('import-failed', `${label} row ${i + 2}: source_id and target_id are required`);
      const type = row.type || 'related-to';
      const conf = Number(row.confidence);
      const cred = Number(row.credibility);
      out.link.push({
        ...stamp(row, `csv:link:${row.id || `${row.source_id}|${type}|${row.target_id}`}`),
        sourceId: row.source_id,
        targetId: row.target_id,
        type,
        directed: /^(yes|true|1)$/i.test(row.directed ?? ''),
        confidence: Number.isFinite(conf) && row.confidence !== '' && conf >= 0 && conf <= 1 ? conf : 0.5,
        credibility: isCredibility(cred) ? cred : null,
        firstSeen: row.first_seen || null,
        lastSeen: row.last_seen || null,
        status: status(row.status),
        properties: extraColumns(row, cols, LINK_COLUMNS),
      });
    });
    return out;
  }
  if (!cols.has('label')) {
    throw new DossierError(
      'import-failed',
      `${label}: the CSV columns are not recognised (an entities table needs "label" and "type"; a links table "source_id" and "target_id")`,
    );
  }
  parsed.data.forEach((row, i) => {
    if (!row.label) throw new DossierError('import-failed', `${label} row ${i + 2}: label is empty`);
    const type = row.type || 'organization';
    const b = stamp(row, `csv:entity:${row.id || `${type}|${row.label}`}`);
    const properties: Record<string, unknown> = {};
    if (row.country) properties.country = row.country;
    Object.assign(properties, extraColumns(row, cols, ENTITY_COLUMNS));
    out.entity.push({ ...b, type, label: row.label, properties, notes: row.notes ?? '', status: status(row.status) });
    for (const a of (row.aliases ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      out.alias.push({
        id: derivedRecordId(`${b.id}|alias|${a}`, b.createdAt),
        caseId,
        createdAt: b.createdAt,
        modifiedAt: b.createdAt,
        entityId: b.id,
        alias: a,
      });
    }
  });
  return out;
}

/** Columns a table has beyond the ones Dossier's own tables define: the record's properties, by column name. */
function extraColumns(
  row: Record<string, string>,
  cols: Set<string>,
  known: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of cols) if (!known.includes(c) && row[c]) out[c] = row[c];
  return out;
}
