import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dismissDuplicate } from '../../../../main/core/entities/duplicate-dismissals.js';
import { historyState } from '../../../../main/core/entities/history-state.js';
import { redoNext } from '../../../../main/core/entities/redo.js';
import { undoLast } from '../../../../main/core/entities/undo.js';
import { findLikelyDuplicates } from '../../../../main/core/entities/likely-duplicates.js';
import { transliterationKey } from '../../../../main/core/entities/name-folding.js';
import { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const tempDir = useTempDir();

/** A case as news about the Tajik–Afghan border leaves it: 8 duplicate sets among unrelated names. */
function borderCase(dir: string) {
  const store = CaseStore.create(join(dir, 'c.dossier'), { title: 'border' });
  const add = (type: string, label: string, aliases: string[] = []) => {
    const e = store.insert('entity', { type, label, properties: {}, notes: '', status: 'suggested' });
    for (const alias of aliases) store.insert('alias', { entityId: e.id, alias });
    return e;
  };
  const sets = {
    'same-name': [add('person', 'Emomali Rahmon'), add('person', 'Emomali Rahmon')],
    alias: [add('location', 'Gorno-Badakhshan Autonomous Region', ['GBAO', 'Pamir']), add('location', 'Pamir')],
    acronym: [add('organization', 'CSTO'), add('organization', 'Collective Security Treaty Organization')],
    'transliteration-1': [add('person', 'Zafar Kurbonov'), add('person', 'Zafar Qurbonov')],
    'transliteration-2': [add('location', 'Zirebon'), add('location', 'Zirehbon')],
    'transliteration-3': [add('person', 'Rakhmon Nabiev'), add('person', 'Rahmon Nabiyev')],
    surname: [add('person', 'Mirzoev'), add('person', 'Abdullo Mirzoev')],
    punctuation: [add('organization', 'AsiaPlus'), add('organization', 'Asia-Plus')],
  };
  // Names that look alike but are not one entity.
  for (const [type, label] of [
    ['person', 'Abdullo Rahimov'],
    ['person', 'Abdullo Karimov'],
    ['location', 'Khorog'],
    ['location', 'Kulob'],
    ['location', 'Rasht'],
    ['location', 'Rushan'],
    ['organization', 'Ministry of Defence'],
    ['organization', 'Ministry of Foreign Affairs'],
    ['organization', 'Islamic State'],
    ['organization', 'Islamic Movement of Uzbekistan'],
    ['location', 'Tajikistan'],
    ['person', 'Tajik'],
    ['person', 'Nazarov'],
    ['person', 'Sadullo Nazarov'],
    ['person', 'Rustam Nazarov'],
    ['location', 'Kurbonov'],
    ['organization', 'MIA'],
    ['location', 'Dushanbe'],
    ['location', 'Dushanbe Airport'],
    ['person', 'Salim Sharipov'],
    ['person', 'Sulim Sharipov'],
  ] as const)
    add(type, label);
  return { store, sets };
}

describe('the duplicates finder on real-looking names', () => {
  it('finds all 8 duplicate sets, each with its kind and reason, and proposes nothing unrelated', () => {
    const { store, sets } = borderCase(tempDir());
    const proposals = findLikelyDuplicates(store);
    const byPair = new Map(proposals.map((p) => [[p.a.id, p.b.id].sort().join('|'), p]));
    const pairOf = (set: { id: string }[]) => [set[0]!.id, set[1]!.id].sort().join('|');
    for (const [name, set] of Object.entries(sets)) {
      const p = byPair.get(pairOf(set));
      expect(p, name).toBeDefined();
      expect(p!.kind, name).toBe(name.replace(/-\d$/, ''));
    }
    expect(byPair.get(pairOf(sets.punctuation))!.reason).toBe(
      '"AsiaPlus" and "Asia-Plus" differ only in punctuation or spacing',
    );
    expect(byPair.get(pairOf(sets['transliteration-1']))!.reason).toBe(
      '"Zafar Kurbonov" and "Zafar Qurbonov" are spellings of one name',
    );
    expect(byPair.get(pairOf(sets.acronym))!.reason).toBe(
      '"CSTO" is the initials of "Collective Security Treaty Organization"',
    );
    expect(byPair.get(pairOf(sets.alias))!.reason).toBe('"Pamir" is a name of both');
    expect(proposals.map((p) => `${p.a.label} ~ ${p.b.label}`)).toHaveLength(8);
    store.close();
  });

  it('folds the romanisations the region uses, and keeps different names apart', () => {
    const same = [
      ['Kurbonov', 'Qurbonov'],
      ['Zirebon', 'Zirehbon'],
      ['Rakhmon', 'Rahmon'],
      ['Dzhuraev', 'Jurayev'],
      ['Ghafurov', 'Gafurov'],
      ['Xoʻjand', 'Khujand'],
      ['Dushanbe', 'Dushanbeh'],
      ['Al-Qaida', 'al Qaeda'],
    ];
    for (const [a, b] of same) expect(transliterationKey(a!), `${a} / ${b}`).toBe(transliterationKey(b!));
    const different = [
      ['Karimov', 'Rahimov'],
      ['Khorog', 'Kulob'],
      ['Rasht', 'Rashid'],
      ['Salim', 'Sulim'],
      ['Tajik', 'Tajikistan'],
    ];
    for (const [a, b] of different) expect(transliterationKey(a!), `${a} / ${b}`).not.toBe(transliterationKey(b!));
    expect(transliterationKey('')).toBe('');
  });
});

describe('dismissing a proposal', () => {
  it('remembers the dismissal across reopening, and undo / redo bring the proposal back and take it away', () => {
    const dir = tempDir();
    const { store, sets } = borderCase(dir);
    const a = sets.punctuation[0]!;
    const b = sets.punctuation[1]!;
    const pairs = () => findLikelyDuplicates(store).map((p) => [p.a.id, p.b.id].sort().join('|'));
    const key = [a.id, b.id].sort().join('|');
    dismissDuplicate(store, b.id, a.id);
    expect(pairs()).not.toContain(key);
    expect(
      findLikelyDuplicates(store, { includeDismissed: true }).map((p) => [p.a.id, p.b.id].sort().join('|')),
    ).toContain(key);
    expect(() => dismissDuplicate(store, a.id, b.id)).toThrow(/already dismissed/);
    expect(historyState(store).undo?.summary).toBe('not duplicates: "Asia-Plus" and "AsiaPlus"');
    undoLast(store);
    expect(pairs()).toContain(key);
    redoNext(store);
    expect(pairs()).not.toContain(key);
    store.close();
    const reopened = CaseStore.open(join(dir, 'c.dossier'));
    expect(findLikelyDuplicates(reopened).map((p) => [p.a.id, p.b.id].sort().join('|'))).not.toContain(key);
    expect(findLikelyDuplicates(reopened)).toHaveLength(7);
    reopened.close();
  });
});
