import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/main.js';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { restoreEnv } from '../../helpers/env.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { buildSampleCase } from '../core/bundle/sample-case.js';

const tempDir = useTempDir();

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('dossier export / verify / import / keys', () => {
  const saved = { home: process.env.DOSSIER_HOME, pass: process.env.DOSSIER_PASSPHRASE };
  beforeEach(() => {
    process.env.DOSSIER_HOME = tempDir();
    delete process.env.DOSSIER_PASSPHRASE;
  });
  afterEach(() => {
    restoreEnv('DOSSIER_HOME', saved.home);
    restoreEnv('DOSSIER_PASSPHRASE', saved.pass);
  });

  it('exports a signed bundle, verifies it, trusts the key and imports it with a report', async () => {
    const dir = tempDir();
    const { store, path } = buildSampleCase(dir);
    store.close();
    const out = join(dir, 'share.casebundle');
    const exported = await run('export', path, out, '--sign');
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(/signed by [0-9A-F ]+/);

    const verified = await run('verify', out);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/NOT in your trusted keys/);
    expect(verified.out).toMatch(/OK$/m);

    const keyFile = join(dir, 'me.dossierkey');
    expect((await run('keys', 'export-public', keyFile, '--name', 'Analyst A')).code).toBe(0);
    expect((await run('keys', 'trust', keyFile)).code).toBe(0);
    expect((await run('keys', 'list')).out).toContain('Analyst A');
    expect((await run('verify', out)).out).toMatch(/trusted \(Analyst A\)/);

    const target = join(dir, 'target.dossier');
    CaseStore.create(target, { title: 'target' }).close();
    const dry = await run('import', target, out, '--dry-run');
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(/dry run \(nothing written\): \d+ new/);
    const imported = await run('import', target, out, '--json');
    const parsed = JSON.parse(imported.out) as { format: string; report: { kinds: { entity: { new: number } } } };
    expect(parsed.format).toBe('casebundle');
    expect(parsed.report.kinds.entity.new).toBe(3);
    const twice = await run('import', target, out);
    expect(twice.out).toMatch(/0 new, 0 updated, 0 conflicting/);
  });

  it('verify exits non-zero and names the entry when a hash does not match', async () => {
    const dir = tempDir();
    const { store, path } = buildSampleCase(dir);
    store.close();
    const out = join(dir, 'b.casebundle');
    await run('export', path, out);
    // Flip one byte inside a stored (uncompressed) original: CRC and hash both break.
    const { zipSync, unzipSync } = await import('fflate');
    const files = unzipSync(readFileSync(out));
    const name = Object.keys(files).find((n) => n.startsWith('originals/'))!;
    files[name]![0]! ^= 1;
    writeFileSync(out, zipSync(files));
    const r = await run('verify', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`MISMATCH ${name}`);
    expect(r.err).toMatch(/FAILED: 1 entry/);
  });

  it('encrypts with DOSSIER_PASSPHRASE and reports a wrong one clearly', async () => {
    const dir = tempDir();
    const { store, path } = buildSampleCase(dir);
    store.close();
    const out = join(dir, 'secret.casebundle');
    expect((await run('export', path, out, '--encrypt')).err).toMatch(/passphrase is needed/);
    process.env.DOSSIER_PASSPHRASE = 'tr0ub4dor';
    expect((await run('export', path, out, '--encrypt')).code).toBe(0);
    expect((await run('verify', out)).code).toBe(0);
    process.env.DOSSIER_PASSPHRASE = 'wrong';
    const bad = await run('verify', out);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/wrong passphrase/);
  });

  it('refuses an export above the bundle TLP, and picks interchange formats from the extension', async () => {
    const dir = tempDir();
    const { store, path } = buildSampleCase(dir);
    store.close();
    const refused = await run('export', path, join(dir, 'x.casebundle'), '--tlp', 'clear');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/refusing to export at TLP:CLEAR/);
    for (const [file, format] of [
      ['c.json', 'stix'],
      ['c.ftm', 'ftm'],
      ['c.graphml', 'graphml'],
      ['c.vis', 'vis'],
      ['c.csv', 'csv'],
    ] as const) {
      const r = await run('export', path, join(dir, file));
      expect(r.code, `${file}: ${r.err}`).toBe(0);
      expect(r.out).toContain(`(${format}:`);
    }
    const target = join(dir, 'target.dossier');
    CaseStore.create(target, { title: 'target' }).close();
    const r = await run('import', target, join(dir, 'c.json'));
    expect(r.out).toMatch(/c\.json: stix/);
    expect((await run('export', path, join(dir, 'c.txt'))).err).toMatch(/add --format/);
  });
});
