import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { DossierError } from '../../../../main/core/errors.js';
import { isRecordId } from '../../../../main/core/ids.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

function newCase(): { store: CaseStore; path: string } {
  const path = join(tempDir(), 'test.dossier');
  return { store: CaseStore.create(path, { title: 'Border crisis' }), path };
}

function sampleDocument(store: CaseStore, text = 'Drone strikes hit the border district near Dushanbe.') {
  return store.insert('document', {
    title: 'Report 1',
    sourceUri: 'file:///r1.txt',
    mimeType: 'text/plain',
    sha256: 'a'.repeat(64),
    size: text.length,
    text,
    language: 'en',
    publishedAt: '2025-12-13',
    ingestedAt: '2025-12-14T00:00:00.000Z',
    reliability: 'B',
    tlp: 'TLP:AMBER',
    parentId: null,
    properties: {},
  });
}

describe('CaseStore', () => {
  it('creates a case with UUIDv7 ids, metadata and an audit row', () => {
    const { store } = newCase();
    const meta = store.meta();
    expect(meta.title).toBe('Border crisis');
    expect(isRecordId(meta.id)).toBe(true);
    const doc = sampleDocument(store);
    expect(isRecordId(doc.id)).toBe(true);
    expect(doc.caseId).toBe(meta.id);
    expect(store.get('document', doc.id)?.text).toContain('Dushanbe');
    expect(store.auditLog().map((a) => a.action)).toEqual(['create', 'create']);
    store.close();
  });

  it('round-trips every field kind (json, bool, null) through the database', () => {
    const { store } = newCase();
    const a = store.insert('entity', {
      type: 'person',
      label: 'A',
      properties: { role: 'x', n: [1] },
      notes: '',
      status: 'confirmed',
    });
    const b = store.insert('entity', {
      type: 'organization',
      label: 'B',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    const link = store.insert('link', {
      sourceId: a.id,
      targetId: b.id,
      type: 'member-of',
      directed: true,
      confidence: 0.8,
      credibility: 2,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: { via: 'report' },
    });
    expect(store.get('link', link.id)).toEqual(link);
    expect(store.get('entity', a.id)?.properties).toEqual({ role: 'x', n: [1] });
    store.close();
  });

  it('fills defaults for fields a caller leaves out', () => {
    const { store } = newCase();
    const e = store.insert('entity', { type: 'person', label: 'Only label' } as never);
    expect(e.status).toBe('suggested');
    expect(store.get('entity', e.id)?.properties).toEqual({});
    store.close();
  });

  it('updates with a strictly later modified time and audits before/after', () => {
    const { store } = newCase();
    const e = store.insert('entity', {
      type: 'person',
      label: 'Rahmon',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    const u = store.update('entity', e.id, { label: 'Emomali Rahmon', status: 'confirmed' });
    expect(u.modifiedAt > e.modifiedAt).toBe(true);
    expect(store.get('entity', e.id)?.label).toBe('Emomali Rahmon');
    const last = store.auditLog().at(-1)!;
    expect(last.action).toBe('update');
    expect((last.before as { label: string }).label).toBe('Rahmon');
    expect((last.after as { label: string }).label).toBe('Emomali Rahmon');
    store.close();
  });

  it('leaves a tombstone when a record is removed', () => {
    const { store } = newCase();
    const e = store.insert('entity', { type: 'person', label: 'X', properties: {}, notes: '', status: 'suggested' });
    store.remove('entity', e.id);
    expect(store.get('entity', e.id)).toBeNull();
    expect(store.tombstones().map((t) => t.id)).toEqual([e.id]);
    store.close();
  });

  it('rolls back a failed transaction entirely, audit included', () => {
    const { store } = newCase();
    const auditBefore = store.auditLog().length;
    expect(() =>
      store.transaction(() => {
        store.insert('entity', { type: 'person', label: 'Kept?', properties: {}, notes: '', status: 'suggested' });
        store.insert('mention', {
          documentId: 'missing',
          entityId: 'missing',
          start: 0,
          end: 1,
          surface: 'x',
          extractor: 't',
          extractorVersion: '1',
          status: 'suggested',
        });
      }),
    ).toThrow();
    expect(store.count('entity')).toBe(0);
    expect(store.auditLog().length).toBe(auditBefore);
    store.close();
  });

  it('keeps the audit log append-only', () => {
    const { store } = newCase();
    expect(() => store.connection().prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => store.connection().prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    store.close();
  });

  it('finds documents by full text with highlighted snippets, and entities by alias', () => {
    const { store } = newCase();
    const doc = sampleDocument(store);
    const e = store.insert('entity', {
      type: 'organization',
      label: 'Collective Security Treaty Organization',
      properties: {},
      notes: '',
      status: 'suggested',
    });
    store.insert('alias', { entityId: e.id, alias: 'CSTO' });
    const hits = store.searchDocuments('dushanbe');
    expect(hits.map((h) => h.documentId)).toEqual([doc.id]);
    expect(hits[0]!.snippet).toContain('\uE000Dushanbe\uE001');
    expect(store.searchNames('csto').map((h) => h.entityId)).toEqual([e.id]);
    store.update('entity', e.id, { label: 'CSTO alliance' });
    expect(store.searchNames('alliance').map((h) => h.entityId)).toEqual([e.id]);
    store.remove('entity', e.id);
    expect(store.searchNames('csto')).toEqual([]);
    store.close();
  });

  it('refuses a malformed search query with a clear error', () => {
    const { store } = newCase();
    sampleDocument(store);
    expect(() => store.searchDocuments('"unterminated')).toThrow(DossierError);
    expect(() => store.searchDocuments('AND OR')).toThrow(/cannot read the search query/);
    store.close();
  });

  it('refuses a second writer with the owner pid, and reopens after close', () => {
    const { store, path } = newCase();
    expect(() => CaseStore.open(path)).toThrow(new RegExp(`open in another Dossier \\(pid ${process.pid}`));
    const reader = CaseStore.open(path, { readOnly: true });
    expect(reader.meta().title).toBe('Border crisis');
    reader.close();
    store.close();
    const again = CaseStore.open(path);
    expect(again.meta().title).toBe('Border crisis');
    again.close();
  });

  it('takes over a lock left by a process that is gone', () => {
    const { store, path } = newCase();
    store.close();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const again = CaseStore.open(path);
    again.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to an unrelated process, and respects a live Dossier',
    () => {
      const { store, path } = newCase();
      store.close();
      const startOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;
      const unrelated = spawn('sleep', ['30']);
      const dossierLike = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        // Old-format lock (no start time) naming a live process that is not Dossier: stale.
        writeFileSync(`${path}.lock`, JSON.stringify({ pid: unrelated.pid, host: hostname() }));
        CaseStore.open(path).close();
        // A start time that does not match the live pid's: the pid was reused, stale.
        writeFileSync(`${path}.lock`, JSON.stringify({ pid: unrelated.pid, host: hostname(), started: '1' }));
        CaseStore.open(path).close();
        // The live owner itself (its start time matches): refused with its pid.
        writeFileSync(
          `${path}.lock`,
          JSON.stringify({ pid: dossierLike.pid, host: hostname(), started: startOf(dossierLike.pid!) }),
        );
        expect(() => CaseStore.open(path)).toThrow(new RegExp(`pid ${dossierLike.pid}`));
      } finally {
        unrelated.kill();
        dossierLike.kill();
      }
    },
  );

  it('refuses files that are not cases and never modifies them', () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.dossier');
    writeFileSync(junk, Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]));
    expect(() => CaseStore.open(junk)).toThrow(/not a Dossier case file \(not an SQLite database\)/);

    const other = join(dir, 'other.db');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = readFileSync(other);
    expect(() => CaseStore.open(other)).toThrow(/SQLite database but not a Dossier case file/);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(existsSync(`${other}-wal`)).toBe(false);
    expect(existsSync(`${other}.lock`)).toBe(false);
  });

  it('refuses a truncated case without touching it', () => {
    const { store, path } = newCase();
    for (let i = 0; i < 200; i++) sampleDocument(store, `document number ${i} `.repeat(200));
    store.close();
    const bytes = readFileSync(path);
    const truncated = join(tempDir(), 'truncated.dossier');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = readFileSync(truncated);
    expect(() => CaseStore.open(truncated)).toThrow(/damaged|cannot be read/);
    expect(readFileSync(truncated).equals(before)).toBe(true);
  });

  it('refuses a case written by a newer version', () => {
    const { store, path } = newCase();
    store.close();
    const db = new Database(path);
    db.pragma('user_version = 99999');
    db.close();
    expect(() => CaseStore.open(path)).toThrow(/newer version of Dossier/);
  });

  it('reports integrity problems', () => {
    const { store } = newCase();
    expect(store.integrityCheck()).toEqual([]);
    store.close();
  });
});
