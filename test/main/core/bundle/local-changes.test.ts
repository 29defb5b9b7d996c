import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { DossierError } from '../../../../main/core/errors.js';
import { newId } from '../../../../main/core/ids.js';
import { loadOrCreateKeyPair } from '../../../../main/core/keys/key-pair.js';
import { publicKeyFileOf, readPublicKeyFile, trustKey } from '../../../../main/core/keys/trusted-keys.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { writeSmallBundle } from '../../../../scripts/hostile/craft-bundle.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase, snapshot } from './sample-case.js';

const tempDir = useTempDir();

/** Everything but modified times (undo stamps restored records afresh so the undo travels). */
function content(store: CaseStore): unknown {
  return JSON.parse(JSON.stringify(snapshot(store), (k, v: unknown) => (k === 'modifiedAt' ? undefined : v)));
}

/**
 * The probe's hostile bundle: unsigned, it deletes a local document and entity, rewrites a local
 * document (title and text, modifiedAt 9999-12-31) and merges a local entity away.
 */
function hostileBundle(dir: string, store: CaseStore, ids: Record<string, string>): string {
  const doc = store.require('document', ids.doc!);
  const now = new Date().toISOString();
  const rewritten = {
    ...doc,
    title: 'Forged report',
    text: 'Nothing happened in Dushanbe.',
    modifiedAt: '9999-12-31T00:00:00.000Z',
  };
  const foreign = newId();
  const path = join(dir, 'hostile.casebundle');
  writeSmallBundle(path, {
    'records/document.jsonl': `${JSON.stringify(rewritten)}\n`,
    'tombstones.jsonl': [
      { id: ids.child, kind: 'document', caseId: foreign, deletedAt: now },
      { id: ids.place, kind: 'entity', caseId: foreign, deletedAt: now },
    ]
      .map((t) => `${JSON.stringify(t)}\n`)
      .join(''),
    'redirects.jsonl': `${JSON.stringify({ fromId: ids.org, toId: ids.person, caseId: foreign, mergedAt: now })}\n`,
  });
  return path;
}

function refusal(fn: () => unknown): DossierError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DossierError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe("a bundle cannot silently delete or rewrite the analyst's own work", () => {
  it('refuses, changing nothing, without consent; the dry run lists every deletion, rewrite and redirect', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const path = hostileBundle(dir, store, ids);
    const before = snapshot(store);
    const e = refusal(() => importBundle(store, path));
    expect(e.message).toMatch(/would change 4 of this case's own records.*not signed by a trusted key/);
    expect(snapshot(store)).toEqual(before);

    const preview = importBundle(store, path, { dryRun: true }).report;
    const listed = preview.localChanges.map((c) => `${c.action} ${c.kind} ${c.label} ${c.status}`).sort();
    expect(listed).toEqual([
      'delete document Attachment needs-consent',
      'delete entity Dushanbe needs-consent',
      'redirect entity Acme Holdings needs-consent',
      'rewrite document Field report 7 needs-consent',
    ]);
    expect(preview.localChanges.find((c) => c.action === 'rewrite')?.detail).toMatch(
      /title: "Field report 7" → "Forged report"/,
    );
    expect(snapshot(store)).toEqual(before);
    store.close();
  });

  it('with consent: one undoable operation; text stays true to the original; the future is capped', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const path = hostileBundle(dir, store, ids);
    const before = content(store);
    const started = Date.now();
    const r = importBundle(store, path, { acceptLocalChanges: true }).report;
    expect(r.localChanges.every((c) => c.status === 'accepted')).toBe(true);
    const doc = store.require('document', ids.doc!);
    expect(doc.title).toBe('Forged report');
    expect(doc.text).toBe(store.require('document', ids.doc!).text);
    expect(doc.text).toMatch(/Emomali Rahmon met officials/);
    expect(r.textsKept).toBe(1);
    expect(r.timestampsCapped).toBe(1);
    expect(Date.parse(doc.modifiedAt)).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    expect(Date.parse(doc.modifiedAt)).toBeGreaterThanOrEqual(started);
    expect(store.get('entity', ids.org!)).toBeNull();
    expect(store.get('entity', ids.place!)).toBeNull();
    expect(r.operationId).toBeTruthy();

    const undone = undoLast(store);
    expect(undone.operationId).toBe(r.operationId);
    expect(content(store)).toEqual(before);
    // The events that pointed at the deleted place had their location cleared; it is back.
    expect(store.require('event', ids.event!).locationEntityId).toBe(ids.place);
    store.close();
  });

  it('a list of accepted ids applies those and holds the rest back', () => {
    const dir = tempDir();
    const { store, ids } = buildSampleCase(dir);
    const path = hostileBundle(dir, store, ids);
    const r = importBundle(store, path, { acceptLocalChanges: [ids.place!] }).report;
    expect(
      r.localChanges
        .filter((c) => c.status === 'held-back')
        .map((c) => c.id)
        .sort(),
    ).toEqual([ids.doc, ids.child, ids.org].sort());
    expect(store.get('entity', ids.place!)).toBeNull();
    expect(store.require('document', ids.doc!).title).toBe('Field report 7');
    expect(store.get('document', ids.child!)).not.toBeNull();
    expect(store.get('entity', ids.org!)).not.toBeNull();
    store.close();
  });

  it('a trusted signer needs no consent; an untrusted or stripped signature does', () => {
    const dir = tempDir();
    const { store, ids, path: casePath } = buildSampleCase(dir);
    store.close();
    // Bob works on a copy of the same case and sends his changes back, signed.
    const bobPath = join(dir, 'bob.dossier');
    copyFileSync(casePath, bobPath);
    const bob = CaseStore.open(bobPath);
    bob.update('entity', ids.org!, { label: 'Acme Holdings Ltd' });
    bob.remove('entity', ids.place!);
    const bobHome = { DOSSIER_HOME: join(dir, 'bob-home') };
    const aliceHome = { DOSSIER_HOME: join(dir, 'alice-home') };
    const key = loadOrCreateKeyPair(bobHome);
    const signed = join(dir, 'signed.casebundle');
    exportBundle(bob, signed, { sign: key });
    bob.close();

    const alice = CaseStore.open(casePath);
    const untrusted = importBundle(alice, signed, { dryRun: true, env: aliceHome }).report;
    expect(untrusted.localChanges.map((c) => c.status)).toEqual(['needs-consent', 'needs-consent']);

    const keyFile = join(dir, 'bob.dossierkey');
    writeFileSync(keyFile, JSON.stringify(publicKeyFileOf(key, 'Bob')));
    trustKey(readPublicKeyFile(keyFile), aliceHome);
    const r = importBundle(alice, signed, { env: aliceHome }).report;
    expect(r.localChanges.map((c) => `${c.action} ${c.label} ${c.status}`).sort()).toEqual([
      'delete Dushanbe trusted-signer',
      'rewrite Acme Holdings trusted-signer',
    ]);
    expect(alice.require('entity', ids.org!).label).toBe('Acme Holdings Ltd');
    alice.close();

    // The same bundle with its signature stripped is just unsigned: consent needed again.
    const { 'signature.json': _signature, ...rest } = unzipSync(readFileSync(signed));
    const stripped = join(dir, 'stripped.casebundle');
    writeFileSync(stripped, zipSync(rest));
    const fresh = buildSampleCase(tempDir());
    const s = importBundle(fresh.store, stripped, { dryRun: true, env: aliceHome });
    expect(s.signature.state).toBe('unsigned');
    fresh.store.close();
  });
});
