import { describe, expect, it } from 'vitest';
import { snippetParts } from '../../../../renderer/src/common/format.js';
import { visibleMentions } from '../../../../renderer/src/documents/visible-mentions.js';
import type { ReaderMention } from '../../../../preload/contract.js';

const m = (id: string, start: number, end: number, status: ReaderMention['status'] = 'suggested'): ReaderMention => ({
  id,
  entityId: `e-${id}`,
  entityType: 'person',
  entityLabel: id,
  start,
  end,
  status,
});

describe('the reader', () => {
  it('draws mentions in text order, the longer of two overlapping ones, rejected ones only on request', () => {
    const all = [
      m('late', 40, 45),
      m('short', 0, 5),
      m('long', 0, 12),
      m('inside', 3, 8),
      m('gone', 20, 25, 'rejected'),
    ];
    expect(visibleMentions(all, false).map((x) => x.id)).toEqual(['long', 'late']);
    expect(visibleMentions(all, true).map((x) => x.id)).toEqual(['long', 'gone', 'late']);
  });

  it('splits a search snippet into plain text and matches', () => {
    const O = '\uE000';
    const C = '\uE001';
    expect(snippetParts(`…the ${O}drone${C} strikes on ${O}GBAO${C}`, O, C)).toEqual([
      { text: '…the ', match: false },
      { text: 'drone', match: true },
      { text: ' strikes on ', match: false },
      { text: 'GBAO', match: true },
    ]);
    expect(snippetParts(`no marks`, O, C)).toEqual([{ text: 'no marks', match: false }]);
    expect(snippetParts(`${O}unclosed`, O, C)).toEqual([{ text: 'unclosed', match: true }]);
  });
});
