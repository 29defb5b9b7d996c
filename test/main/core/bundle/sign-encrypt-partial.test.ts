import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { verifyBundle } from '../../../../main/core/bundle/verify-bundle.js';
import { DossierError } from '../../../../main/core/errors.js';
import { loadOrCreateKeyPair } from '../../../../main/core/keys/key-pair.js';
import {
  publicKeyFileOf,
  readPublicKeyFile,
  trustKey,
  trustedKeys,
  untrustKey,
} from '../../../../main/core/keys/trusted-keys.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from './sample-case.js';

const tempDir = useTempDir();
const FAST = { N: 2 ** 12, r: 8, p: 1 };

function expectError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DossierError);
    expect((e as DossierError).code).toBe(code);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected an error');
}

describe('signing and trusted keys', () => {
  it('signs the manifest; verify reports the fingerprint and whether it is trusted', () => {
    const dir = tempDir();
    const alice = { DOSSIER_HOME: join(dir, 'alice') };
    const bob = { DOSSIER_HOME: join(dir, 'bob') };
    const aliceKey = loadOrCreateKeyPair(alice);
    expect(loadOrCreateKeyPair(alice).publicKeyBase64).toBe(aliceKey.publicKeyBase64);
    expect(aliceKey.fingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'signed.casebundle');
    exportBundle(store, out, { sign: aliceKey });
    store.close();

    const unknown = verifyBundle(out, { env: bob });
    expect(unknown.signature).toMatchObject({ state: 'valid', fingerprint: aliceKey.fingerprint, trusted: null });

    const keyFile = join(dir, 'alice.dossierkey');
    writeFileSync(keyFile, JSON.stringify(publicKeyFileOf(aliceKey, 'Alice')));
    trustKey(readPublicKeyFile(keyFile), bob);
    expect(trustedKeys(bob).map((k) => k.name)).toEqual(['Alice']);
    const known = verifyBundle(out, { env: bob });
    expect(known.signature.state === 'valid' && known.signature.trusted?.name).toBe('Alice');
    expect(untrustKey(aliceKey.fingerprint, bob)).toBe(true);
    expect(trustedKeys(bob)).toEqual([]);
  });

  it('refuses a bundle whose manifest changed after signing', () => {
    const dir = tempDir();
    const key = loadOrCreateKeyPair({ DOSSIER_HOME: dir });
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'signed.casebundle');
    exportBundle(store, out, { sign: key });
    store.close();
    const files = unzipSync(readFileSync(out));
    files['manifest.json'] = Buffer.from(
      Buffer.from(files['manifest.json']!).toString('utf8').replace('Border incidents', 'Border incidentz'),
    );
    const tampered = join(dir, 'tampered.casebundle');
    writeFileSync(tampered, zipSync(files));
    expectError(() => verifyBundle(tampered), 'bundle-signature', /altered after it was signed/);
  });

  it('refuses a public-key file whose fingerprint does not match its key', () => {
    const dir = tempDir();
    const key = loadOrCreateKeyPair({ DOSSIER_HOME: dir });
    const file = join(dir, 'k.json');
    writeFileSync(file, JSON.stringify({ ...publicKeyFileOf(key, 'A'), fingerprint: '0000 0000' }));
    expectError(() => readPublicKeyFile(file), 'invalid-argument', /fingerprint does not match/);
  });
});

describe('encryption', () => {
  it('round-trips with the right passphrase and refuses a wrong one or a tampered file', () => {
    const dir = tempDir();
    const { store } = buildSampleCase(dir);
    const out = join(dir, 'secret.casebundle');
    exportBundle(store, out, { encrypt: { passphrase: 'correct horse', cost: FAST } });
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from('Emomali'))).toBe(false);
    expect(bytes.includes(Buffer.from('manifest.json'))).toBe(false);
    expect(verifyBundle(out, { passphrase: 'correct horse' }).ok).toBe(true);
    expectError(() => verifyBundle(out, { passphrase: 'wrong' }), 'wrong-passphrase', /wrong passphrase/);
    expectError(() => verifyBundle(out), 'wrong-passphrase', /passphrase is needed/);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 40]! ^= 1;
    const bad = join(dir, 'flipped.casebundle');
    writeFileSync(bad, flipped);
    expectError(() => verifyBundle(bad, { passphrase: 'correct horse' }), 'bundle-invalid', /altered or damaged/);

    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    expect(importBundle(target, out, { passphrase: 'correct horse' }).report.kinds.entity.new).toBe(3);
    store.close();
    target.close();
  });
});

describe('partial export, redaction and TLP', () => {
  it('exports a chart with what it depends on, and nothing else', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const out = join(dir, 'chart.casebundle');
    const { manifest } = exportBundle(store, out, { scope: { kind: 'chart', chart: 'Main' } });
    expect(manifest.scope).toMatchObject({ kind: 'chart', chartName: 'Main' });
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importBundle(target, out);
    expect(
      target
        .list('entity')
        .map((e) => e.id)
        .sort(),
    ).toEqual([ids.person!, ids.org!].sort());
    expect(target.get('link', ids.link!)).not.toBeNull();
    expect(target.get('citation', ids.citation!)).not.toBeNull();
    expect(target.get('document', ids.doc!)).not.toBeNull();
    expect(target.get('alias', ids.alias!)).not.toBeNull();
    expect(target.get('mention', ids.mention!)).not.toBeNull();
    expect(target.get('event', ids.event!)).toBeNull();
    expect(target.get('document', ids.child!)).toBeNull();
    expect(target.count('chartNode')).toBe(2);
    expect(target.tombstones()).toEqual([]);
    store.close();
    target.close();
  });

  it('exports a selection with its dependencies (an event pulls in its place and participants)', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const out = join(dir, 'sel.casebundle');
    exportBundle(store, out, { scope: { kind: 'selection', ids: [ids.event!] } });
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importBundle(target, out);
    expect(
      target
        .list('entity')
        .map((e) => e.label)
        .sort(),
    ).toEqual(['Dushanbe', 'Emomali Rahmon']);
    expect(target.count('participant')).toBe(1);
    expect(target.count('link')).toBe(0);
    expectError(
      () => exportBundle(store, join(dir, 'x.casebundle'), { scope: { kind: 'selection', ids: ['nope'] } }),
      'not-found',
      /nope/,
    );
    store.close();
    target.close();
  });

  it('leaves original bytes out when redacted', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const out = join(dir, 'red.casebundle');
    const { manifest } = exportBundle(store, out, { redact: true });
    expect(manifest.redacted).toBe(true);
    expect(Object.keys(unzipSync(readFileSync(out))).some((n) => n.startsWith('originals/'))).toBe(false);
    const target = CaseStore.create(join(dir, 't.dossier'), { title: 't' });
    importBundle(target, out);
    expect(target.original(store.require('document', ids.doc!).sha256)).toBeNull();
    expect(target.get('document', ids.doc!)).toEqual(store.get('document', ids.doc!));
    store.close();
    target.close();
  });

  it('refuses to export items marked above the bundle TLP, and writes no file', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const out = join(dir, 'green.casebundle');
    expectError(() => exportBundle(store, out, { tlp: 'TLP:GREEN' }), 'tlp-exceeded', /Attachment.*TLP:AMBER/);
    expect(() => readFileSync(out)).toThrow();
    // The chart holds only GREEN material, so it may go out at GREEN.
    expect(exportBundle(store, out, { tlp: 'TLP:GREEN', scope: { kind: 'chart', chart: 'Main' } }).manifest.tlp).toBe(
      'TLP:GREEN',
    );
    store.update('entity', ids.person!, { properties: { tlp: 'TLP:RED' } });
    expectError(() => exportBundle(store, out, { tlp: 'TLP:AMBER' }), 'tlp-exceeded', /Emomali Rahmon/);
    store.close();
  });
});
