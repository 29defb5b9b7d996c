import { describe, expect, it } from 'vitest';
import { extract } from '../../../../main/core/extract/index.js';

// Sentences written for these tests.
const titles = (text: string) => extract(text, { date: '2026-03-03' }).events.map((e) => e.title);

describe('an event title', () => {
  it('names the other party of an agreement once, after "with"', () => {
    const [title] = titles(
      'Orvane Bank agreed to pay 40 million dollars to settle a case brought by the Justice Ministry.',
    );
    expect(title).toMatch(/ signs agreement with Orvane Bank$/);
    expect(title).not.toMatch(/with with/);
  });

  it('puts only a place after "Election in"', () => {
    const title = titles(
      'Amanat won 62 seats on Sunday. Observers from the Office for Democratic Institutions and Human Rights ' +
        'said the vote was orderly but lacked genuine competition.',
    ).find((t) => t.startsWith('Election'));
    expect(title).toBe('Election (vote)');
  });
});
