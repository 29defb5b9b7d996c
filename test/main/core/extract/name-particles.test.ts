import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';
import { namedEntities } from '../../../helpers/typed-entities.js';

// Sentences written for these tests.
describe('a person whose name has particles (von der, da, Le, bin)', () => {
  it('keeps the whole name where the tagger broke it at a particle', () => {
    const out = namedEntities(
      'Commission President Ursula von der Leyen met former president Luiz Inacio Lula da Silva, ' +
        'and far-right leader Marine Le Pen later spoke to Crown Prince Mohammed bin Salman.',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        'person:Ursula von der Leyen',
        'person:Luiz Inacio Lula da Silva',
        'person:Marine Le Pen',
        'person:Mohammed bin Salman',
      ]),
    );
    for (const piece of ['person:Ursula', 'person:Leyen', 'person:Silva', 'person:Marine', 'person:Le'])
      expect(out).not.toContain(piece);
  });

  it('gives a later surname its particles and the full name it stands for', () => {
    const { entities } = extract(
      'The far-right leader Marine Le Pen said her lawmakers would vote. Le Pen’s party then acted. ' +
        'Ursula von der Leyen was asked, and von der Leyen said she agreed.',
      { date: '2025-12-13' },
    );
    const people = entities.filter((e) => e.type === 'person').map((e) => `${e.text} -> ${e.canonical}`);
    expect(people).toEqual([
      'Marine Le Pen -> Marine Le Pen',
      'Le Pen -> Marine Le Pen',
      'Ursula von der Leyen -> Ursula von der Leyen',
      'von der Leyen -> Ursula von der Leyen',
    ]);
  });

  it('takes the particles opening a paragraph, and at the very start of the text', () => {
    for (const text of [
      'Trump met Commission President Ursula von der Leyen in Scotland.\n\nVon der Leyen said the bloc would buy energy.',
      'Von der Leyen said the bloc would buy energy.',
    ]) {
      const people = extract(text, { date: '2025-07-28' }).entities.filter((e) => e.type === 'person');
      expect(people.map((e) => e.text)).toContain('Von der Leyen');
    }
  });

  it('joins a Filipino particle', () => {
    expect(
      namedEntities('"We waited for years," said Ramon delos Reyes, whose son Paolo dela Torre was shot.'),
    ).toEqual(['person:Ramon delos Reyes', 'person:Paolo dela Torre']);
  });

  it('leaves out an English word hyphened to the end of a name, not a romanised given name', () => {
    expect(
      namedEntities('She attacked a Taylor Swift-themed class. Lee Jae-myung and Moon Jae-in met in Seoul.'),
    ).toEqual(['person:Taylor Swift', 'person:Lee Jae-myung', 'person:Moon Jae-in', 'location:Seoul']);
  });

  it('leaves a particle that is not part of a name alone', () => {
    const out = namedEntities('Emmanuel Macron flew to La Paz, and Olaf Scholz read Le Monde on the plane.');
    expect(out).toEqual(expect.arrayContaining(['person:Emmanuel Macron', 'person:Olaf Scholz']));
    expect(out.some((e) => e.includes('Scholz Le') || e.includes('Macron La'))).toBe(false);
  });
});

describe('an Arabic article joined to the word after it', () => {
  it('belongs to the name before it, a place or a body', () => {
    expect(
      namedEntities('Kurdish forces held their positions near Deir el-Zor, while others advanced on Manbij.'),
    ).toEqual(['location:Deir el-Zor', 'location:Manbij']);
  });
});

describe('"wa" inside a name (news round sixty-seven)', () => {
  it('joins the parts of an East African name', () => {
    expect(namedEntities('He is the brother of the late President Bingu wa Mutharika.')).toEqual([
      'person:Bingu wa Mutharika',
    ]);
  });
});

describe('a given name before a capitalised Arabic particle (news round seventy-one)', () => {
  it('is part of the name, an everyday word as it may be', () => {
    expect(
      namedEntities('Turnout was the lowest since the 2011 revolution that ousted Zine El Abidine Ben Ali.'),
    ).toEqual(['person:Zine El Abidine Ben Ali']);
  });

  it('but not a title, a party, a day or a known name before it', () => {
    expect(namedEntities('The Democrat Al Gore lost. On Monday Ben Wallace quit.')).toEqual([
      'person:Al Gore',
      'person:Ben Wallace',
    ]);
  });
});
