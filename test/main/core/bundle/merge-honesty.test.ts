import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../main/core/bundle/export-bundle.js';
import { importBundle } from '../../../../main/core/bundle/import-bundle.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { buildSampleCase } from './sample-case.js';

const tempDir = useTempDir();

/** Alice's case and Bob's copy of it (same records, same case id): two analysts, one starting point. */
function twoAnalysts(): { dir: string; alice: CaseStore; bob: CaseStore; ids: Record<string, string> } {
  const dir = tempDir();
  const { store, ids, path } = buildSampleCase(dir, 'alice.dossier');
  store.close();
  copyFileSync(path, join(dir, 'bob.dossier'));
  return { dir, alice: CaseStore.open(path), bob: CaseStore.open(join(dir, 'bob.dossier')), ids };
}

function send(from: CaseStore, to: CaseStore, dir: string, name: string) {
  const out = join(dir, `${name}.casebundle`);
  exportBundle(from, out);
  return importBundle(to, out, { acceptLocalChanges: true }).report;
}

describe('merge honesty', () => {
  it('both renamed the same entity: a conflict on both sides, same winner, and either value can be kept', async () => {
    const { dir, alice, bob, ids } = twoAnalysts();
    alice.update('entity', ids.org!, { label: 'Acme (Alice)' });
    await new Promise((r) => setTimeout(r, 5));
    bob.update('entity', ids.org!, { label: 'Acme (Bob)' });

    // They send each other their bundles at the same time.
    const fromBob = join(dir, 'from-bob.casebundle');
    const fromAlice = join(dir, 'from-alice.casebundle');
    exportBundle(bob, fromBob);
    exportBundle(alice, fromAlice);
    const atAlice = importBundle(alice, fromBob, { acceptLocalChanges: true }).report;
    expect(atAlice.kinds.entity.conflicting).toBe(1);
    expect(atAlice.kinds.entity.updated).toBe(0);
    expect(atAlice.conflicts[0]).toMatchObject({
      id: ids.org,
      kept: 'incoming',
      fields: [{ field: 'label', here: 'Acme (Alice)', incoming: 'Acme (Bob)' }],
    });
    expect(atAlice.conflicts[0]!.reason).toMatch(
      /both sides changed label: here "Acme \(Alice\)", incoming "Acme \(Bob\)"/,
    );
    const atBob = importBundle(bob, fromAlice, { acceptLocalChanges: true }).report;
    expect(atBob.kinds.entity.conflicting).toBe(1);
    expect(atBob.conflicts[0]).toMatchObject({ id: ids.org, kept: 'here' });
    expect(alice.require('entity', ids.org!).label).toBe('Acme (Bob)');
    expect(bob.require('entity', ids.org!).label).toBe('Acme (Bob)');
    alice.close();
    bob.close();

    // The same again, but Alice keeps her own value: it wins from then on, on both sides.
    const again = twoAnalysts();
    again.alice.update('entity', again.ids.org!, { label: 'Acme (Alice)' });
    await new Promise((r) => setTimeout(r, 5));
    again.bob.update('entity', again.ids.org!, { label: 'Acme (Bob)' });
    const out = join(again.dir, 'b.casebundle');
    exportBundle(again.bob, out);
    const preview = importBundle(again.alice, out, { dryRun: true }).report;
    expect(preview.conflicts.map((c) => c.id)).toEqual([again.ids.org]);
    const kept = importBundle(again.alice, out, {
      keep: { [again.ids.org!]: 'here' },
      acceptLocalChanges: true,
    }).report;
    expect(kept.conflicts[0]).toMatchObject({ kept: 'here' });
    expect(again.alice.require('entity', again.ids.org!).label).toBe('Acme (Alice)');
    send(again.alice, again.bob, again.dir, 'a2');
    expect(again.bob.require('entity', again.ids.org!).label).toBe('Acme (Alice)');
    again.alice.close();
    again.bob.close();
  });

  it('no entity holds the same alias twice after both analysts added it', () => {
    const { dir, alice, bob, ids } = twoAnalysts();
    alice.insert('alias', { entityId: ids.org!, alias: 'ACME' });
    bob.insert('alias', { entityId: ids.org!, alias: 'ACME' });
    send(bob, alice, dir, 'b1');
    send(alice, bob, dir, 'a1');
    for (const store of [alice, bob]) {
      expect(store.list('alias', { entityId: ids.org! }).map((a) => a.alias)).toEqual(['ACME']);
    }
    // Both kept the same one, so the cases agree.
    expect(alice.list('alias', { entityId: ids.org! })[0]!.id).toBe(bob.list('alias', { entityId: ids.org! })[0]!.id);
    alice.close();
    bob.close();
  });

  it('a link whose end was deleted on the other side is named in the summary, not just counted', () => {
    const { dir, alice, bob, ids } = twoAnalysts();
    bob.remove('entity', ids.org!);
    const r = send(bob, alice, dir, 'b1');
    expect(r.lost).toContainEqual(
      expect.objectContaining({ kind: 'link', id: ids.link, label: 'associate: Emomali Rahmon – Acme Holdings' }),
    );
    expect(alice.get('link', ids.link!)).toBeNull();
    alice.close();
    bob.close();
  });
});
