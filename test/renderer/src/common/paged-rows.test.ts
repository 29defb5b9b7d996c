import { describe, expect, it } from 'vitest';
import { type PagedState, pagesFor, rowAt, withPage } from '../../../../renderer/src/common/paged-rows.js';

const empty: PagedState<string> = { token: '', total: null, pages: new Map(), error: null };

describe('paged rows', () => {
  it('names the pages a visible range needs', () => {
    expect(pagesFor(0, 30, 200)).toEqual([0]);
    expect(pagesFor(190, 230, 200)).toEqual([0, 1]);
    expect(pagesFor(400, 400, 200)).toEqual([2]);
    expect(pagesFor(49_990, 50_000, 200)).toEqual([249]);
  });

  it('keeps pages of one key together and starts over when the key changes, keeping the newest total', () => {
    let s = withPage(empty, 'a', 0, { rows: ['r0', 'r1'], total: 4 });
    s = withPage(s, 'a', 1, { rows: ['r2', 'r3'], total: 4 });
    expect([0, 1, 2, 3, 4].map((i) => rowAt(s, i, 2))).toEqual(['r0', 'r1', 'r2', 'r3', undefined]);
    s = withPage(s, 'b', 1, { rows: ['x2'], total: 3 });
    expect([0, 1, 2].map((i) => rowAt(s, i, 2))).toEqual([undefined, undefined, 'x2']);
    expect(s.total).toBe(3);
  });
});
