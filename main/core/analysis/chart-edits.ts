import { journalledWrite } from '../entities/journalled.js';
import type { RecordChange } from '../entities/journal-changes.js';
import type { WritableCase } from '../store/case-store.js';

/**
 * Chart edits as journalled analyst operations, so Ctrl+Z takes back a move, a pin, a group or
 * a removal like any other edit. `fn` writes through the store it is given (the recording
 * view); the summary is worded from what actually changed ("move 3 nodes, pin 1 on "Main"").
 */
export function journalledChartEdit<T>(
  store: WritableCase,
  chartName: string,
  fn: (s: WritableCase) => T,
): { value: T; operationId: string | null } {
  const { value, operationId } = journalledWrite(
    store,
    'chart-edit',
    (_v, changes) => `${chartEditWords(changes)} on chart "${chartName}"`,
    fn,
  );
  return { value, operationId };
}

/** "add 2 nodes, move 3 nodes, pin 1 node" from a chart edit's record changes. */
export function chartEditWords(changes: readonly RecordChange[]): string {
  const tally = new Map<string, number>();
  const bump = (verb: string) => tally.set(verb, (tally.get(verb) ?? 0) + 1);
  for (const c of changes) {
    if (c.kind === 'link') bump(c.before === null ? 'draw link' : c.after === null ? 'delete link' : 'edit link');
    if (c.kind === 'chart')
      bump(c.before === null ? 'create chart' : c.after === null ? 'delete chart' : 'rename chart');
    if (c.kind !== 'chartNode') continue;
    if (c.before === null) bump('add');
    else if (c.after === null) bump('remove');
    else {
      const b = c.before;
      const a = c.after;
      if (b.locked !== a.locked) bump(a.locked ? 'pin' : 'unpin');
      if (b.groupId !== a.groupId) bump(a.groupId ? 'group' : 'ungroup');
      if (b.hidden !== a.hidden) bump(a.hidden ? 'hide' : 'show');
      if (b.x !== a.x || b.y !== a.y) bump('move');
      if (JSON.stringify(b.style) !== JSON.stringify(a.style)) bump('restyle');
    }
  }
  const nodeVerbs = new Set(['add', 'remove', 'pin', 'unpin', 'group', 'ungroup', 'hide', 'show', 'move', 'restyle']);
  const words = [...tally].map(([verb, n]) =>
    nodeVerbs.has(verb) ? `${verb} ${n} ${n === 1 ? 'node' : 'nodes'}` : n === 1 ? verb : `${verb} ×${n}`,
  );
  return words.join(', ') || 'edit';
}
