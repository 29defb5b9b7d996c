import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PathGrants } from '../../../main/handlers/path-grants.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-grants-');
const runtimes: ReturnType<typeof makeRuntime>[] = [];
afterEach(() => {
  for (const r of runtimes.splice(0)) r.shutdown();
});

describe('path grants', () => {
  it('allows the app folders, granted paths and what is inside granted folders; nothing else', () => {
    const dir = tempDir();
    const cases = join(dir, 'cases');
    mkdirSync(cases);
    const grants = new PathGrants([cases]);
    expect(grants.allows(join(cases, 'new.dossier'))).toBe(true);
    expect(grants.allows(join(dir, 'secret.txt'))).toBe(false);
    expect(grants.allows(join(cases, '..', 'secret.txt'))).toBe(false);
    expect(grants.allows('relative/path.txt')).toBe(false);
    grants.grant(join(dir, 'picked.casebundle'));
    expect(grants.allows(join(dir, 'picked.casebundle'))).toBe(true);
    expect(grants.allows(join(dir, 'picked.casebundle.other'))).toBe(false);
  });

  it('sees through a symlink that points out of an app folder', () => {
    const dir = tempDir();
    const cases = join(dir, 'cases');
    mkdirSync(cases);
    mkdirSync(join(dir, 'private'));
    writeFileSync(join(dir, 'private', 'notes.txt'), 'private');
    symlinkSync(join(dir, 'private'), join(cases, 'link'));
    expect(new PathGrants([cases]).allows(join(cases, 'link', 'notes.txt'))).toBe(false);
  });

  it('refuses a contract call naming a file the analyst never chose, whatever reads or writes it', async () => {
    const dir = tempDir();
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'the analyst did not choose me');
    const r = makeRuntime(dir);
    runtimes.push(r);
    await r.call('case:create', { title: 'Grants' });
    for (const [method, args] of [
      ['documents:import', { paths: [secret] }],
      ['documents:import', { paths: [dir] }],
      ['case:open', { path: join(dir, 'other.dossier') }],
      ['case:create', { title: 'Elsewhere', path: join(dir, 'elsewhere.dossier') }],
      ['bundle:export', { path: join(dir, 'out.casebundle') }],
      ['bundle:import', { path: secret }],
      ['bundle:verify', { path: secret }],
    ] as const) {
      const reply = await r.dispatch(method, args);
      expect(reply, method).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    }
    expect((await r.call('documents:list')) as { total: number }).toMatchObject({ total: 0 });
  });
});
