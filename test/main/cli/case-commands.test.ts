import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/core/store/case-store.js';
import { runCli } from '../../helpers/cli-io.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const tempDir = useTempDir();

describe('dossier case commands', () => {
  it('creates a case, then reports it with info, search, audit and check', async () => {
    const path = join(tempDir(), 'c.dossier');
    const created = await runCli(['new', path, '--title', 'Border crisis', '--tlp', 'green']);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^created /);

    const store = CaseStore.open(path);
    store.insert('document', {
      title: 'Field report',
      sha256: 'f'.repeat(64),
      text: 'Shelling was reported near Khorog on 13 December.',
    } as never);
    store.close();

    const info = await runCli(['info', path, '--json']);
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as { title: string; tlp: string; counts: Record<string, number> };
    expect(parsed).toMatchObject({ title: 'Border crisis', tlp: 'TLP:GREEN' });
    expect(parsed.counts.document).toBe(1);

    const search = await runCli(['search', path, 'khorog']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('[Khorog]');

    const audit = await runCli(['audit', path, '--json']);
    expect((JSON.parse(audit.stdout) as { action: string }[]).map((a) => a.action)).toEqual(['create', 'create']);

    const check = await runCli(['check', path]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('integrity ok');
  });

  it('gives a one-line error, not a stack trace, for a malformed query', async () => {
    const path = join(tempDir(), 'c.dossier');
    await runCli(['new', path, '--title', 'T']);
    const r = await runCli(['search', path, '"unclosed']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read the search query/);
  });

  it('refuses bad files with a clear message and leaves them untouched', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.dossier');
    writeFileSync(junk, 'this is not a case file at all, just text');
    for (const cmd of ['info', 'check', 'search', 'audit']) {
      const r = await runCli(cmd === 'search' ? [cmd, junk, 'x'] : [cmd, junk]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/not a Dossier case file/);
    }
    expect(readFileSync(junk, 'utf8')).toBe('this is not a case file at all, just text');
    const missing = await runCli(['info', join(dir, 'nope.dossier')]);
    expect(missing.stderr).toMatch(/no case file at/);
  });

  it('refuses to overwrite an existing case and reports usage errors with exit 2', async () => {
    const path = join(tempDir(), 'c.dossier');
    await runCli(['new', path, '--title', 'T']);
    const again = await runCli(['new', path, '--title', 'T']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect((await runCli(['new', path])).code).toBe(2);
    expect((await runCli(['info', path, '--bogus'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['new', join(tempDir(), 'x.dossier'), '--title', 'T', '--tlp', 'purple'])).stderr).toMatch(
      /not a TLP marking/,
    );
  });
});
