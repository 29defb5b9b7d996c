import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests, in the style of wire copy; none comes from the corpus.
const run = (text: string, date = '2025-12-13') => extract(text, { extractor: 'rules', date });
const roles = (ev: { participants: { key: string; role: string }[] }) =>
  Object.fromEntries(ev.participants.map((p) => [p.key, p.role]));

describe('suggested events', () => {
  it('types a dated attack, places it where the text says it happened and counts the dead as a property', () => {
    const text =
      'Background first. On December 5, 2025 a drone strike near Khorog killed five Chinese nationals working for the Taliban administration. Nothing else.';
    const r = run(text);
    expect(r.events).toHaveLength(1);
    const ev = r.events[0]!;
    expect(text.slice(ev.start, ev.end)).toBe(
      'On December 5, 2025 a drone strike near Khorog killed five Chinese nationals working for the Taliban administration',
    );
    expect(ev).toMatchObject({ type: 'attack', trigger: 'drone strike', locationKey: 'khorog', counts: { killed: 5 } });
    expect(ev.date).toMatchObject({ value: '2025-12-05', precision: 'day' });
    expect(ev.participants.some((p) => p.type === 'quantity')).toBe(false);
    expect(r.entities.some((e) => e.type === 'quantity')).toBe(false); // a number is no entity
    expect(ev.title).toContain('in Khorog');
  });

  it('places a visit in the place visited, which is no party to it', () => {
    const r = extract('Inspectors of the Asian Development Bank visited the town of Rasht in Tajikistan on 2 May.', {
      date: '2025-12-13',
    });
    const ev = r.events[0]!;
    expect(ev).toMatchObject({ type: 'meeting', locationKey: 'rasht' });
    expect(ev.participants.map((p) => p.key)).not.toContain('rasht');
  });

  it('does not take an event word inside a name for the trigger', () => {
    const r = run('The Collective Security Treaty Organization held talks in Dushanbe.');
    expect(r.events[0]).toMatchObject({ type: 'meeting', trigger: 'held talks', locationKey: 'dushanbe' });
  });

  it('needs an entity: an event word alone is not an event', () => {
    expect(run('The meeting was long and the talks went nowhere.').events).toEqual([]);
  });

  it('gives the agent and the target of an attack from the passive "by" and the object', () => {
    const r = run(
      'Police in Kabul said gunmen from the Islamic Movement of Uzbekistan attacked a checkpoint of the Afghan army on Monday.',
    );
    const ev = r.events[0]!;
    expect(ev.type).toBe('attack');
    expect(roles(ev)['kabul']).toBeUndefined();
    const text =
      'A convoy of the United Nations was ambushed by fighters of the Pakistani Taliban near Peshawar on 2 March 2024.';
    const ev2 = run(text).events[0]!;
    expect(ev2).toMatchObject({ type: 'attack', locationKey: 'peshawar' });
    expect(ev2.date?.value).toBe('2024-03-02');
    expect(Object.values(roles(ev2))).toContain('agent');
  });

  it('reads a statement with its speaker and addressee, and a request with its addressee', () => {
    const s = run('The Foreign Ministry of Kazakhstan issued a statement to the Kyrgyz government on Tuesday.')
      .events[0]!;
    expect(s.type).toBe('statement');
    expect(Object.values(roles(s))).toContain('speaker');
    const q = run(
      'Mongolia, a member of the Shanghai Cooperation Organisation, has asked Beijing for emergency grain deliveries.',
    ).events[0]!;
    expect(q.type).toBe('request');
    expect(roles(q)['mongolia']).toBe('agent');
    expect(roles(q)['beijing']).toBe('addressee');
    expect(roles(q)['shanghai cooperation organisation']).toBe('other');
    expect(q.title).toBe('Mongolia asks Beijing');
  });

  it('makes no events from bylines, captions, datelines or opinion', () => {
    const text = [
      'By Anna Petrova, Reuters',
      'Photo: Soldiers of the Tajik army patrol near Khorog. (Reuters/File)',
      'ALMATY, Dec 2 (Reuters) -',
      'Analysts said the raids could push Tashkent to deploy more troops to Termez.',
      'Such attacks would almost certainly provoke Moscow.',
    ].join('\n');
    expect(run(text).events).toEqual([]);
  });

  it('reads the body after a news dateline and dates the document from it', () => {
    const text =
      'DUSHANBE, Dec 1 (Reuters) - Tajik border guards arrested three smugglers near Panj on Sunday, the State Committee for National Security said.';
    const r = extract(text, { extractor: 'rules' });
    expect(r.documentDate).toMatchObject({ precision: 'day', source: 'dateline' });
    expect(r.documentDate!.value.slice(5)).toBe('12-01');
    const ev = r.events[0]!;
    expect(ev.type).toBe('arrest');
    expect(ev.counts).toEqual({ arrested: 3 });
    expect(ev.date!.value <= r.documentDate!.value).toBe(true);
  });

  it('groups restatements of one occurrence into one event with several citations, and keeps different doers apart', () => {
    const text = [
      'Militants of the Islamic Movement of Uzbekistan attacked a border post in Ishkashim.',
      'The attack destroyed two watchtowers.',
      'The Ministry of Defence of Tajikistan issued a statement condemning it.',
      'The Embassy of Russia issued a separate statement.',
    ].join(' ');
    const r = run(text);
    const attacks = r.events.filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.citations).toHaveLength(2);
    expect(r.events.filter((e) => e.type === 'statement')).toHaveLength(2);
  });

  it('never dates an event after the document unless the text says it lies ahead', () => {
    const past = run('Officials of the European Union met envoys of Iran in Geneva on 20 December.', '2025-12-10')
      .events[0]!;
    expect(past.date === null || past.date.value <= '2025-12-10').toBe(true);
    const future = run(
      'Officials of the European Union will meet envoys of Iran in Geneva on 20 December 2025.',
      '2025-12-10',
    ).events;
    expect(future.every((e) => e.date === null || e.date.value === '2025-12-20')).toBe(true);
  });

  it('reads a past event named with its year inside another sentence', () => {
    const r = run('Analysts agree that the collapse of the Afghan government in 2021 changed the region.');
    const ev = r.events.find((e) => e.type === 'political')!;
    expect(ev.date).toMatchObject({ value: '2021', precision: 'year' });
    expect(ev.locationLabel).toBe('Afghanistan');
  });

  it('reads attacks counted as a trend as no attack', () => {
    const r = run(
      'Attacks in the Gulf of Aden had risen this year, the bureau said. The number of kidnappings near Kano fell in May.',
    );
    expect(r.events.filter((e) => e.type === 'attack')).toEqual([]);
  });
});
