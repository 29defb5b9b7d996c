import { useState } from 'react';
import { deskAction } from '../../common/desk-action.js';
import { Modal } from '../../common/modal.js';
import type { Passage } from '../../common/passage.js';
import { useShell } from '../../shell/shell-context.js';
import { EntityTypeSelect } from './entity-type-select.js';

/** New entity: a type and a name; from the reader, the selection becomes its first confirmed mention. */
export function CreateEntityDialog({ passage, onClose }: { passage?: Passage; onClose(): void }) {
  const shell = useShell();
  const [type, setType] = useState('person');
  const [label, setLabel] = useState(passage?.quote.replace(/\s+/g, ' ').trim() ?? '');
  const submit = async () => {
    const change = await deskAction(
      shell,
      shell.client.call('entities:create', {
        type,
        label: label.trim(),
        ...(passage ? { mention: { documentId: passage.documentId, start: passage.start, end: passage.end } } : {}),
      }),
    );
    if (change?.id) {
      shell.select({ kind: 'entity', id: change.id });
      onClose();
    }
  };
  return (
    <Modal
      title="New entity"
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Create entity"
      canSubmit={!!label.trim()}
    >
      <label className="field">
        <span>Name</span>
        <input name="entity-label" autoFocus value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label className="field">
        <span>Type</span>
        <EntityTypeSelect value={type} onChange={setType} />
      </label>
      {passage && (
        <p className="muted small">The selected text becomes its first confirmed mention: “{passage.quote}”.</p>
      )}
    </Modal>
  );
}
