import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../../../../main/core/errors.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { KIND_TABLES, columnOf, fieldsOf, rowToRecord } from '../../../../main/core/store/record-kinds.js';
import {
  RECORD_KINDS,
  RECORD_SCHEMAS,
  caseMetaSchema,
  redirectSchema,
  tombstoneSchema,
} from '../../../../main/core/store/record-schemas.js';
import type { NewRecord } from '../../../../main/core/store/records.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from '../bundle/sample-case.js';

const tempDir = useTempDir();

function tableColumns(path: string, table: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name).sort();
  } finally {
    db.close();
  }
}

describe('one schema per record kind', () => {
  it('names exactly the columns the migrations create, for every kind and side table', () => {
    const { store, path } = buildSampleCase(tempDir());
    store.close();
    for (const kind of RECORD_KINDS) {
      expect(tableColumns(path, KIND_TABLES[kind].table), kind).toEqual(fieldsOf(kind).map(columnOf).sort());
    }
    const side = { case_meta: caseMetaSchema, tombstones: tombstoneSchema, merge_redirects: redirectSchema };
    for (const [table, schema] of Object.entries(side)) {
      expect(tableColumns(path, table), table).toEqual(Object.keys(schema.shape).map(columnOf).sort());
    }
  });

  it('derives each column codec from the field schema', () => {
    expect(KIND_TABLES.link.fields).toMatchObject({
      directed: 'bool',
      confidence: 'number',
      credibility: 'number',
      properties: 'json',
      type: 'text',
      firstSeen: 'text',
    });
    expect(KIND_TABLES.chartNode.fields).toMatchObject({ locked: 'bool', hidden: 'bool', style: 'json', x: 'number' });
    expect(KIND_TABLES.event.refs).toEqual({ locationEntityId: 'entity' });
  });

  it('reads back every stored record as one its schema accepts (what a bundle line must be)', () => {
    const { store } = buildSampleCase(tempDir());
    for (const kind of RECORD_KINDS) {
      const records = store.list(kind);
      expect(records.length, kind).toBeGreaterThan(0);
      for (const r of records) expect(RECORD_SCHEMAS[kind].parse(r)).toEqual(r);
    }
    expect(caseMetaSchema.parse(store.meta())).toEqual(store.meta());
    expect(store.tombstones().length).toBeGreaterThan(0);
    expect(store.redirects().length).toBeGreaterThan(0);
    store.close();
  });

  it('fills what a new record leaves out with its kind defaults', () => {
    const store = CaseStore.create(join(tempDir(), 'd.dossier'), { title: 'Defaults' });
    const a = store.insert('entity', { type: 'person', label: 'A', properties: {}, notes: '', status: 'suggested' });
    const b = store.insert('entity', { type: 'person', label: 'B', properties: {}, notes: '', status: 'suggested' });
    // What a caller outside the type system (a script, a migration of old data) may send.
    const partial: Partial<NewRecord<'link'>> = { sourceId: a.id, targetId: b.id, type: 'knows' };
    const link = store.insert('link', partial as NewRecord<'link'>);
    expect(link).toMatchObject({
      directed: false,
      confidence: 0.5,
      status: 'suggested',
      properties: {},
      credibility: null,
    });
    expect(store.get('link', link.id)).toEqual(link);
    store.close();
  });

  it('decodes stored 0/1 and JSON text into booleans and objects', () => {
    const row = {
      id: 'x',
      case_id: 'c',
      created_at: 't',
      modified_at: 't',
      chart_id: 'ch',
      subject_id: 's',
      x: 1,
      y: 2,
      style: '{"color":"red"}',
      locked: 1,
      hidden: 0,
      group_id: null,
    };
    expect(rowToRecord('chartNode', row)).toMatchObject({ style: { color: 'red' }, locked: true, hidden: false });
  });

  it('reports a damaged side-table row as a corrupt case instead of passing it on', () => {
    const { store, path } = buildSampleCase(tempDir());
    store.close();
    const db = new Database(path);
    db.prepare("UPDATE tombstones SET kind = 'planet'").run();
    db.close();
    const reopened = CaseStore.open(path, { readOnly: true });
    try {
      expect(() => reopened.tombstones()).toThrow(DossierError);
      expect(() => reopened.tombstones()).toThrow(/tombstone: kind/);
    } finally {
      reopened.close();
    }
  });
});
