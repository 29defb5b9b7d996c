import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  BundleVerification,
  CaseSummary,
  ExportResult,
  ImportResult,
  SigningKeyInfo,
} from '../../../preload/contract.js';
import { restoreEnv } from '../../helpers/env.js';
import { useTempDir } from '../../helpers/temp-dir.js';
import { makeRuntime } from '../runtime-fixture.js';

const tempDir = useTempDir('dossier-bundle-handlers-');
let open: ReturnType<typeof makeRuntime>[] = [];
const savedHome = process.env.DOSSIER_HOME;
beforeEach(() => {
  process.env.DOSSIER_HOME = tempDir();
});
afterEach(() => {
  for (const r of open) r.shutdown();
  open = [];
  restoreEnv('DOSSIER_HOME', savedHome);
});

describe('bundle:* handlers', () => {
  it('exports the open case as a signed bundle, verifies it, and merges it into another case (dry run first)', async () => {
    const dir = tempDir();
    const a = makeRuntime(dir);
    open.push(a);
    // As if the analyst had picked these in the desktop app's file dialogs.
    a.ctx.grants.grant(dir);
    a.ctx.grants.grant(join(import.meta.dirname, '../../../../shared/interop/stix2/examples'));
    await a.call('case:create', { title: 'Source', path: join(dir, 'a.dossier') });
    const apt1 = join(import.meta.dirname, '../../../../shared/interop/stix2/examples/threat-reports/apt1.json');
    const fromStix = (await a.call('bundle:import', { path: apt1 })) as ImportResult;
    expect(fromStix).toMatchObject({ format: 'stix', signature: null });
    expect(fromStix.kinds.entity!.new).toBeGreaterThan(40);
    const out = join(dir, 'a.casebundle');
    const exported = (await a.call('bundle:export', { path: out, sign: true })) as ExportResult;
    expect(exported.format).toBe('casebundle');
    expect(exported.signedBy).toMatch(/^[0-9A-F ]+$/);
    const verified = (await a.call('bundle:verify', { path: out })) as BundleVerification;
    expect(verified).toMatchObject({ ok: true, caseTitle: 'Source', signature: { state: 'valid', trustedAs: null } });
    const keys = (await a.call('bundle:keys')) as SigningKeyInfo;
    expect(keys.fingerprint).toBe(exported.signedBy);

    const b = makeRuntime(tempDir());
    open.push(b);
    b.ctx.grants.grant(dir);
    (await b.call('case:create', { title: 'Target', path: join(dir, 'b.dossier') })) as CaseSummary;
    const dry = (await b.call('bundle:import', { path: out, dryRun: true })) as ImportResult;
    expect(dry.dryRun).toBe(true);
    const done = (await b.call('bundle:import', { path: out })) as ImportResult;
    expect(done.totals.new).toBe(dry.totals.new);
    expect(done.kinds.entity!.new).toBe(fromStix.kinds.entity!.new);
    expect(done.kinds.link!.new).toBe(30);
    expect(done.format).toBe('casebundle');
    expect(b.events.some((e) => e.name === 'case:changed')).toBe(true);
    const again = (await b.call('bundle:import', { path: out })) as ImportResult;
    expect(again.totals.new + again.totals.updated).toBe(0);
  });

  it('refuses bad arguments and a wrong file with typed errors', async () => {
    const r = makeRuntime(tempDir());
    open.push(r);
    const noCase = await r.dispatch('bundle:import', { path: '/nonexistent.casebundle' });
    expect(noCase.ok).toBe(false);
    const bad = await r.dispatch('bundle:export', { path: 'x.casebundle', scope: { kind: 'chart' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const elsewhere = tempDir();
    const notChosen = await r.dispatch('bundle:verify', { path: join(elsewhere, 'none.casebundle') });
    expect(notChosen).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    r.ctx.grants.grant(elsewhere);
    const missing = await r.dispatch('bundle:verify', { path: join(elsewhere, 'none.casebundle') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
