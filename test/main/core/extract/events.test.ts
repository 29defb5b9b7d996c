import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

describe('suggested events', () => {
  it('makes a dated sentence with an event word and entities into an event citing the sentence', () => {
    const text = 'Background first. On December 5, 2025 a drone strike near Khorog killed five Chinese nationals working for the Taliban administration. Nothing else.';
    const r = extract(text, { extractor: 'rules', date: '2025-12-13' });
    expect(r.events).toHaveLength(1);
    const ev = r.events[0]!;
    expect(text.slice(ev.start, ev.end)).toBe('On December 5, 2025 a drone strike near Khorog killed five Chinese nationals working for the Taliban administration');
    expect(ev.trigger).toBe('strike');
    expect(ev.date).toMatchObject({ value: '2025-12-05', precision: 'day' });
    expect(ev.locationKey).toBe('khorog');
    expect(ev.participants).toEqual(
      expect.arrayContaining([
        { key: 'taliban', type: 'organization', role: 'participant' },
        { key: 'quantity:5', type: 'quantity', role: 'count' },
      ]),
    );
    expect(ev.title).toBe('Strike in Khorog: Taliban');
  });

  it('does not take an event word inside a name for the trigger', () => {
    const r = extract('The Collective Security Treaty Organization held talks in Dushanbe.', { extractor: 'rules' });
    expect(r.events[0]?.trigger).toBe('talks');
  });

  it('needs an entity: an event word alone is not an event', () => {
    expect(extract('The meeting was long and the talks went nowhere.', { extractor: 'rules' }).events).toEqual([]);
  });
});
