import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { BUNDLE_FORMAT_VERSION } from '../../../../main/core/bundle/format.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import { newId } from '../../../../main/core/ids.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { manifestBytes } from '../../../../scripts/hostile/craft-bundle.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, sha256, snapshot } from './sample-case.js';

const tempDir = useTempDir();

/** The manifest of `entries` with their true sizes and hashes (scripts/hostile/craft-bundle.ts). */
function manifestFor(entries: Record<string, Uint8Array>, overrides: Record<string, unknown> = {}): Uint8Array {
  const listed = Object.entries(entries).map(([n, b]) => [n, { size: b.length, sha256: sha256(b) }] as const);
  return manifestBytes(Object.fromEntries(listed), overrides);
}

/** A bundle whose manifest correctly lists `entries` (so only the hostile part is wrong). */
function craft(
  dir: string,
  entries: Record<string, string | Uint8Array>,
  options: { manifest?: Record<string, unknown>; extra?: Zippable } = {},
): string {
  const bytes = Object.fromEntries(
    Object.entries(entries).map(([n, v]) => [n, typeof v === 'string' ? Buffer.from(v) : v]),
  );
  const path = join(dir, `crafted-${Math.random().toString(36).slice(2)}.casebundle`);
  writeFileSync(path, zipSync({ ...bytes, 'manifest.json': manifestFor(bytes, options.manifest), ...options.extra }));
  return path;
}

function entityLine(fields: Record<string, unknown> = {}): string {
  const now = new Date().toISOString();
  return `${JSON.stringify({ id: newId(), caseId: newId(), createdAt: now, modifiedAt: now, type: 'person', label: 'Eve', properties: {}, notes: '', status: 'suggested', ...fields })}\n`;
}

/** Imports `path` into a populated case and expects a refusal that leaves the case exactly as it was. */
function expectRefused(path: string, message: RegExp, options: Parameters<typeof importBundle>[2] = {}): void {
  const dir = tempDir();
  const { store } = buildSampleCase(dir, 'target.dossier');
  const before = snapshot(store);
  const audit = store.auditLog().length;
  let error: unknown;
  try {
    importBundle(store, path, options);
  } catch (e) {
    error = e;
  }
  expect(error, 'import should have been refused').toBeInstanceOf(DossierError);
  expect((error as Error).message).toMatch(message);
  expect(snapshot(store)).toEqual(before);
  expect(store.auditLog().length).toBe(audit);
  store.close();
}

describe('hostile bundles are refused and change nothing', () => {
  it('a well-formed crafted bundle imports (the harness itself is sound)', () => {
    const dir = tempDir();
    const path = craft(dir, { 'records/entity.jsonl': entityLine() });
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    expect(importBundle(target, path).report.kinds.entity.new).toBe(1);
    target.close();
  });

  it('path traversal in an entry name', () => {
    expectRefused(craft(tempDir(), { '../evil.jsonl': 'x' }), /path traversal/);
  });

  it('an absolute entry path', () => {
    expectRefused(craft(tempDir(), { '/etc/passwd': 'x' }), /absolute path/);
  });

  it('a symbolic link entry', () => {
    const link: Zippable = {
      'records/entity.jsonl': [Buffer.from('/etc/passwd'), { os: 3, attrs: (0o120777 << 16) | 0 }],
    };
    expectRefused(craft(tempDir(), {}, { extra: link }), /symbolic link/);
  });

  it('an entry larger than its declared size', () => {
    const dir = tempDir();
    const path = craft(dir, { 'records/entity.jsonl': entityLine() });
    // Shrink the manifest entry's declared size in the central directory (offset 24 of its header).
    const zip = readFileSync(path);
    const at = zip.lastIndexOf(Buffer.from('manifest.json')) - 46;
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    zip.writeUInt32LE(zip.readUInt32LE(at + 24) - 10, at + 24);
    writeFileSync(path, zip);
    expectRefused(path, /larger than its declared/);
    // The same through the streaming inflater used for large entries.
    expectRefused(path, /larger than its declared/, { limits: { inflateInMemoryBytes: 0 } });
  });

  it('a zip bomb (compression ratio past the bound)', () => {
    const zeros = new Uint8Array(40 * 1024 * 1024);
    expectRefused(craft(tempDir(), { 'records/document.jsonl': zeros }), /zip bomb/);
  });

  it('too many entries', () => {
    const entries = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`originals/${sha256(String(i))}`, String(i)]),
    );
    expectRefused(craft(tempDir(), entries), /too many entries/, { limits: { maxEntries: 10 } });
  });

  it('duplicate entries', () => {
    const dir = tempDir();
    const path = craft(dir, { 'tombstones.jsonl': '', 'tombstones.jsonX': '' });
    const zip = readFileSync(path);
    writeFileSync(
      path,
      Buffer.from(zip.toString('latin1').replaceAll('tombstones.jsonX', 'tombstones.jsonl'), 'latin1'),
    );
    expectRefused(path, /twice/);
  });

  it('an unknown newer format version', () => {
    expectRefused(craft(tempDir(), {}, { manifest: { formatVersion: BUNDLE_FORMAT_VERSION + 1 } }), /newer Dossier/);
  });

  it('a truncated file', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir, 'src.dossier');
    const out = join(dir, 'ok.casebundle');
    exportBundle(store, out);
    store.close();
    const whole = readFileSync(out);
    for (const cut of [Math.floor(whole.length / 2), whole.length - 1, 10]) {
      const path = join(dir, `cut-${cut}.casebundle`);
      writeFileSync(path, whole.subarray(0, cut));
      expectRefused(path, /truncated/);
    }
  });

  it('bad JSON in a records entry', () => {
    expectRefused(
      craft(tempDir(), { 'records/entity.jsonl': `${entityLine()}{"id": oops}\n` }),
      /entity\.jsonl line 2 is not valid JSON/,
    );
  });

  it('a record that violates the schema', () => {
    expectRefused(craft(tempDir(), { 'records/entity.jsonl': entityLine({ status: 'maybe' }) }), /status/);
    expectRefused(craft(tempDir(), { 'records/entity.jsonl': entityLine({ extra: 1 }) }), /extra/);
  });

  it('a record carrying a "__proto__" key', () => {
    expectRefused(
      craft(tempDir(), {
        'records/entity.jsonl': entityLine().replace('"properties":{}', '"properties":{"__proto__":{"polluted":true}}'),
      }),
      /__proto__/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ids in the wrong format', () => {
    expectRefused(craft(tempDir(), { 'records/entity.jsonl': entityLine({ id: '12345' }) }), /UUIDv7/);
    // A UUID, but version 4.
    expectRefused(
      craft(tempDir(), { 'records/entity.jsonl': entityLine({ id: '0d7e8c36-8f4e-4f6a-9a43-2f8d7e5b1c11' }) }),
      /UUIDv7/,
    );
  });

  it('an entry that does not match its manifest hash, or is not listed', () => {
    const dir = tempDir();
    const line = entityLine();
    const other = entityLine();
    const bytes = { 'records/entity.jsonl': Buffer.from(other) };
    const path = join(dir, 'swapped.casebundle');
    const manifest = manifestFor({ 'records/entity.jsonl': Buffer.from(line.replace('Eve', 'Bob')) });
    writeFileSync(path, zipSync({ ...bytes, 'manifest.json': manifest }));
    expectRefused(path, /SHA-256|bytes but the manifest/);
    expectRefused(craft(dir, {}, { extra: { 'records/link.jsonl': Buffer.from('') } }), /not listed in the manifest/);
  });

  it('a reference to a record that is neither in the bundle nor in the case', () => {
    const now = new Date().toISOString();
    const alias = { id: newId(), caseId: newId(), createdAt: now, modifiedAt: now, entityId: newId(), alias: 'ghost' };
    expectRefused(craft(tempDir(), { 'records/alias.jsonl': `${JSON.stringify(alias)}\n` }), /neither in/);
  });

  it('a dangling reference into an empty case, written with foreign keys off: refused, nothing kept, keys back on', () => {
    const dir = tempDir();
    const now = new Date().toISOString();
    const entity = entityLine();
    const mention = {
      ...{ id: newId(), caseId: newId(), createdAt: now, modifiedAt: now },
      ...{ documentId: newId(), entityId: (JSON.parse(entity) as { id: string }).id, start: 0, end: 3 },
      ...{ surface: 'Eve', extractor: 'test', extractorVersion: '1', status: 'suggested' },
    };
    const path = craft(dir, {
      'records/entity.jsonl': entity,
      'records/mention.jsonl': `${JSON.stringify(mention)}\n`,
    });
    const store = CaseStore.create(join(dir, 'empty.dossier'), { title: 'empty' });
    expect(() => importBundle(store, path)).toThrow(/neither in/);
    expect(store.list('entity')).toEqual([]);
    expect(store.connection().pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });
});
