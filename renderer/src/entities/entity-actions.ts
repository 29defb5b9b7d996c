import type { Status } from '../../../lib/vocabulary/index.js';
import type { EntityChange } from '../../../preload/contract.js';
import type { Shell } from '../shell/shell-context.js';

/** Runs an entity operation and says what it did, with Undo when main offers it. */
async function announce(shell: Shell, op: Promise<EntityChange>): Promise<EntityChange | null> {
  try {
    const change = await op;
    const token = change.undoToken;
    shell.toast({
      message: change.message,
      // The same path as Ctrl+Z, naming this operation: refused if something changed it since.
      undo: token ? () => shell.history.undo(token) : undefined,
    });
    return change;
  } catch (e) {
    shell.report(e);
    return null;
  }
}

export const setEntityStatus = (shell: Shell, ids: string[], status: Status) =>
  announce(shell, shell.client.call('entities:set-status', { ids, status }));

export const renameEntity = (shell: Shell, id: string, label: string) =>
  announce(shell, shell.client.call('entities:rename', { id, label }));

export const mergeEntities = (shell: Shell, targetId: string, sourceIds: string[]) =>
  announce(shell, shell.client.call('entities:merge', { targetId, sourceIds }));
