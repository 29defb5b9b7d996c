import { describe, expect, it, vi } from 'vitest';
import { ActionRegistry, type ShellAction } from '../../../../renderer/src/shell/shell-actions.js';

describe('the action registry', () => {
  it('runs the newest handler of a kind and lists one entry per kind', () => {
    const registry = new ActionRegistry();
    const seen: string[] = [];
    registry.register('new-entity', { label: 'first', run: () => seen.push('first') });
    const off = registry.register('new-entity', { label: 'second', run: () => seen.push('second') });
    expect(registry.available()).toEqual([{ kind: 'new-entity', label: 'second', hint: undefined }]);
    expect(registry.dispatch({ action: 'new-entity' })).toBe(true);
    off();
    registry.dispatch({ action: 'new-entity' });
    expect(seen).toEqual(['second', 'first']);
    expect(registry.dispatch({ action: 'new-event' })).toBe(false);
  });

  it('keeps an action nobody offers for the view that registers it next, for a few seconds only', () => {
    vi.useFakeTimers();
    try {
      const registry = new ActionRegistry();
      const ran: ShellAction[] = [];
      expect(registry.dispatchOrQueue({ action: 'grade', reliability: 'B' })).toBe(false);
      registry.register('new-event', { label: 'other kind', run: (a) => ran.push(a) });
      registry.register('grade', { label: 'Grade', run: (a) => ran.push(a) });
      vi.runAllTimers();
      expect(ran).toEqual([{ action: 'grade', reliability: 'B' }]);

      // Run once only, and not after it went stale.
      registry.register('grade', { label: 'Grade again', run: (a) => ran.push(a) });
      registry.dispatchOrQueue({ action: 'new-link' });
      vi.advanceTimersByTime(5_000);
      registry.register('new-link', { label: 'New link', run: (a) => ran.push(a) });
      vi.runAllTimers();
      expect(ran).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
