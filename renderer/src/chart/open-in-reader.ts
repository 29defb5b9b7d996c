import type { Shell } from '../shell/shell-context.js';

/**
 * Opens the reader at an entity's first passage — the first the entity panel lists (the
 * analyst's citations first, then its mentions) — with the passage highlighted.
 */
export async function openInReader(shell: Shell, entityId: string): Promise<void> {
  try {
    const entity = await shell.client.call('entities:get', { id: entityId });
    const first = entity.citations[0];
    if (!first) {
      shell.toast({ message: `No document mentions “${entity.label}” yet.` });
      return;
    }
    shell.setView('documents');
    shell.select({ kind: 'document', id: first.documentId, range: { start: first.start, end: first.end } });
  } catch (e) {
    shell.report(e);
  }
}
