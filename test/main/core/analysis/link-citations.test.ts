import { afterEach, describe, expect, test } from 'vitest';
import { citationChoices, citationsOf, createLink } from '../../../../main/core/analysis/link-citations.js';
import type { CaseStore } from '../../../../main/core/store/case-store.js';
import { useTempDir } from '../../../helpers/temp-dir.js';
import { smallCase } from './case-fixture.js';

const tempDir = useTempDir();
let open: CaseStore[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

describe('creating a link with a citation', () => {
  test('choices come from documents mentioning both, as sentence-bounded passages', () => {
    const f = smallCase(tempDir());
    open.push(f.store);
    const choices = citationChoices(f.store, f.anna.id, f.carl.id);
    expect(choices.map((c) => c.documentTitle)).toEqual(['Report one', 'Report two']);
    expect(choices[0]!.quote).toBe('Anna Berg met Carl Dorn in Riga.');
    expect(citationChoices(f.store, f.riga.id, f.eastwind.id)).toEqual([]);
  });

  test('the link and its citation are written together, with the quoted text', () => {
    const f = smallCase(tempDir());
    open.push(f.store);
    const [choice] = citationChoices(f.store, f.anna.id, f.riga.id);
    const edge = createLink(f.store, {
      sourceId: f.anna.id,
      targetId: f.riga.id,
      type: 'visited',
      directed: true,
      confidence: 0.7,
      credibility: 3,
      status: 'confirmed',
      citation: { documentId: choice!.documentId, start: choice!.start, end: choice!.end },
    });
    expect(edge).toMatchObject({
      kind: 'link',
      type: 'visited',
      directed: true,
      credibility: 3,
      citations: 1,
      reliability: 'B',
    });
    // The nearest pair is "Riga. Later Anna Berg", which spans two sentences: both are quoted.
    expect(citationsOf(f.store, edge.id)).toEqual([
      expect.objectContaining({
        quote: 'Anna Berg met Carl Dorn in Riga. Later Anna Berg flew home.',
        reliability: 'B',
        publishedAt: '2021-04-02',
      }),
    ]);
  });

  test('a citation past the end of its document refuses the link too', () => {
    const f = smallCase(tempDir());
    open.push(f.store);
    const links = f.store.count('link');
    expect(() =>
      createLink(f.store, {
        sourceId: f.anna.id,
        targetId: f.riga.id,
        type: 'visited',
        directed: false,
        confidence: 0.5,
        credibility: null,
        status: 'confirmed',
        citation: { documentId: f.doc1.id, start: 0, end: 10_000 },
      }),
    ).toThrow(/runs past the end of "Report one"/);
    expect(f.store.count('link')).toBe(links);
    expect(() =>
      createLink(f.store, {
        sourceId: f.anna.id,
        targetId: f.meeting.id,
        type: 'x',
        directed: false,
        confidence: 0.5,
        credibility: null,
        status: 'confirmed',
      }),
    ).toThrow(/no entity/);
  });
});
