import type { DeskChange } from '../../../preload/contract.js';
import type { Shell } from '../shell/shell-context.js';

/**
 * Runs a desk write and says what it did in a toast with Undo (the journal's token), or shows
 * the refusal in main's words. Resolves to the change, or null when it was refused.
 */
export async function deskAction(shell: Shell, op: Promise<DeskChange>): Promise<DeskChange | null> {
  try {
    const change = await op;
    const token = change.undoToken;
    shell.toast({
      message: change.message,
      undo: token
        ? async () => {
            try {
              const undone = await shell.client.call('entities:undo', { undoToken: token });
              shell.toast({ message: undone.message });
            } catch (e) {
              shell.report(e);
            }
          }
        : undefined,
    });
    return change;
  } catch (e) {
    shell.report(e);
    return null;
  }
}
