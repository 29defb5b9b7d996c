import { describe, expect, it } from 'vitest';
import {
  EVENT_ROLES,
  EVENT_TYPES,
  LINK_TYPES,
  OFFERED_LINK_TYPES,
  canonicalLinkType,
  linkTypeLabel,
} from '../../../lib/vocabulary/event-types.js';

describe('link-type vocabulary', () => {
  it("stores a typed or picked type in extraction's spelling, whatever its case, spaces or hyphens", () => {
    expect(canonicalLinkType('member of')).toBe('member_of');
    expect(canonicalLinkType('  Member-Of ')).toBe('member_of');
    expect(canonicalLinkType('member_of')).toBe('member_of');
    expect(canonicalLinkType('allied with')).toBe('ally_of');
    expect(canonicalLinkType('communicates with')).toBe('communicates_with');
  });

  it('keeps a type outside the vocabulary as typed', () => {
    expect(canonicalLinkType(' sister of ')).toBe('sister of');
    expect(canonicalLinkType('knows_well')).toBe('knows_well');
  });

  it('reads every offered type with spaces and round-trips every type through its label', () => {
    expect(linkTypeLabel('works_for')).toBe('works for');
    for (const t of [...OFFERED_LINK_TYPES, 'sister of', 'knows_well'])
      expect(canonicalLinkType(linkTypeLabel(t))).toBe(t);
  });

  it("offers extraction's types first and has no duplicates", () => {
    expect(OFFERED_LINK_TYPES.slice(0, LINK_TYPES.length)).toEqual([...LINK_TYPES]);
    for (const list of [OFFERED_LINK_TYPES, EVENT_TYPES, EVENT_ROLES]) expect(new Set(list).size).toBe(list.length);
  });
});
