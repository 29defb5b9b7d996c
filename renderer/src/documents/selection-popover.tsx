import { useState } from 'react';
import type { PickedEntity } from '../common/entity-picker.js';
import type { Passage } from '../common/passage.js';
import { CreateEntityDialog } from '../entities/entity-detail/create-entity-dialog.js';
import { EventForm } from '../events/event-form.js';
import { LinkForm } from '../links/link-form.js';
import { AddMentionDialog } from './add-mention-dialog.js';
import { CiteForDialog } from './cite-for-dialog.js';

export interface TextSelection extends Passage {
  /** Where to show the popover, relative to the reader pane. */
  x: number;
  y: number;
}

type Open = 'create' | 'mention' | 'cite' | 'link' | 'event' | null;

/**
 * The small popover over a text selection in the reader: Create entity…, Add mention of…,
 * Cite for…. `nearby` are the entities mentioned around the selection, offered first.
 */
export function SelectionPopover({
  selection,
  nearby,
  inDocument,
  onDone,
}: {
  selection: TextSelection;
  nearby: readonly PickedEntity[];
  inDocument: readonly PickedEntity[];
  onDone(): void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => {
    setOpen(null);
    onDone();
  };
  return (
    <>
      {open === null && (
        <div
          className="selection-popover"
          role="toolbar"
          aria-label="Selected text"
          style={{ left: selection.x, top: selection.y }}
          onMouseDown={(e) => e.preventDefault()}
        >
          <button type="button" onClick={() => setOpen('create')}>
            Create entity…
          </button>
          <button type="button" onClick={() => setOpen('mention')}>
            Add mention of…
          </button>
          <button type="button" onClick={() => setOpen('cite')}>
            Cite for…
          </button>
        </div>
      )}
      {open === 'create' && <CreateEntityDialog passage={selection} onClose={close} />}
      {open === 'mention' && <AddMentionDialog passage={selection} suggestions={inDocument} onClose={close} />}
      {open === 'cite' && (
        <CiteForDialog
          passage={selection}
          nearby={nearby}
          onClose={close}
          onNewLink={() => setOpen('link')}
          onNewEvent={() => setOpen('event')}
        />
      )}
      {open === 'link' && <LinkForm passage={selection} suggestions={nearby} onClose={close} />}
      {open === 'event' && <EventForm passage={selection} suggestions={nearby} onClose={close} />}
    </>
  );
}
