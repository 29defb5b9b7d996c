import { describe, expect, it } from 'vitest';
import { loadWordClusters } from '../../../../../main/core/extract/ner/word-clusters.js';

describe('word clusters', () => {
  const clusters = loadWordClusters();

  it('puts names of the same kind together and everyday words elsewhere', () => {
    const capital = clusters.of('dushanbe');
    expect(capital).not.toBeNull();
    expect(clusters.of('tashkent')?.fine).toBe(capital?.fine);
    expect(clusters.of('said')?.fine).not.toBe(capital?.fine);
    expect(clusters.of('zzqxv')).toBeNull();
  });

  it('gives every word one cluster per level, with the coarser levels shared by its fine cluster', () => {
    const a = clusters.of('tashkent')!;
    const b = clusters.of('dushanbe')!;
    expect([a.middle, a.coarse]).toEqual([b.middle, b.coarse]);
    expect(clusters.id).toMatch(/^clusters-[0-9a-f]{12}$/);
  });

  it('reads a missing file as no clusters at all', () => {
    const none = loadWordClusters('/nonexistent/word-clusters.txt.gz');
    expect(none.of('dushanbe')).toBeNull();
    expect(none.id).toBe('none');
  });
});
