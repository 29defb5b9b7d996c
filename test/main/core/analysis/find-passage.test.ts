import { describe, expect, it } from 'vitest';
import { findPassage } from '../../../../main/core/analysis/find-passage.js';

describe('finding a search hit in a document', () => {
  const text =
    'The Ministry said on Monday. Drones carrying fragmentation charges hit Khorog; the charges were fragmentation ones.';

  it('finds the phrase first, words matched as prefixes, case ignored', () => {
    const hit = findPassage(text, 'FRAGMENTATION charge')!;
    expect(text.slice(hit.start, hit.end)).toBe('fragmentation charges');
  });

  it('falls back to the shortest stretch holding every word, then to the first word found', () => {
    const hit = findPassage(text, 'khorog drones')!;
    expect(text.slice(hit.start, hit.end)).toBe('Drones carrying fragmentation charges hit Khorog');
    const one = findPassage(text, 'ministry zebra')!;
    expect(text.slice(one.start, one.end)).toBe('Ministry');
    expect(findPassage(text, 'zebra')).toBeNull();
  });

  it('ignores accents and keeps offsets in the original text', () => {
    const t = 'Réunion à Douchanbé: the Émir spoke.';
    const hit = findPassage(t, 'emir')!;
    expect(t.slice(hit.start, hit.end)).toBe('Émir');
  });
});
