import { useState } from 'react';
import { deskAction } from '../common/desk-action.js';
import { EntityPicker, type PickedEntity } from '../common/entity-picker.js';
import { Modal } from '../common/modal.js';
import type { Passage } from '../common/passage.js';
import { useShell } from '../shell/shell-context.js';

/** "Add mention of…": the selection becomes a confirmed mention of an entity found by name. */
export function AddMentionDialog({
  passage,
  suggestions,
  onClose,
}: {
  passage: Passage;
  suggestions: readonly PickedEntity[];
  onClose(): void;
}) {
  const shell = useShell();
  const [entity, setEntity] = useState<PickedEntity | null>(null);
  const submit = async () => {
    if (!entity) return;
    const change = await deskAction(
      shell,
      shell.client.call('entities:add-mention', {
        id: entity.id,
        passage: { documentId: passage.documentId, start: passage.start, end: passage.end },
      }),
    );
    if (change) onClose();
  };
  return (
    <Modal
      title={`Mark “${passage.quote}” as…`}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Add mention"
      canSubmit={!!entity}
    >
      <EntityPicker label="Entity" value={entity} onPick={setEntity} suggestions={suggestions} autoFocus />
    </Modal>
  );
}
