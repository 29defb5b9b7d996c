import { useState, type ReactNode } from 'react';
import type { Status } from '../../../preload/contract/common.js';
import { deskAction } from '../common/desk-action.js';
import type { DeskChange } from '../../../preload/contract/entity-edit.js';
import { EventForm } from '../events/event-form.js';
import { LinkForm } from '../links/link-form.js';
import { useShell } from './shell-context.js';

/** Confirm/reject (for suggested ones), Edit… and Delete for the selected link. */
export function LinkActions({ id, status }: { id: string; status: Status }) {
  const shell = useShell();
  return (
    <ReviewActions
      status={status}
      setStatus={(s) => shell.client.call('links:set-status', { ids: [id], status: s })}
      remove={() => shell.client.call('links:delete', { id })}
      form={(close) => <LinkForm linkId={id} onClose={close} />}
    />
  );
}

/** Confirm/reject, Edit… and Delete for the selected event. */
export function EventActions({ id, status }: { id: string; status: Status }) {
  const shell = useShell();
  return (
    <ReviewActions
      status={status}
      setStatus={(s) => shell.client.call('events:set-status', { ids: [id], status: s })}
      remove={() => shell.client.call('events:delete', { id })}
      form={(close) => <EventForm eventId={id} onClose={close} />}
    />
  );
}

interface ReviewActionsProps {
  status: Status;
  setStatus(status: 'confirmed' | 'rejected'): Promise<DeskChange>;
  remove(): Promise<DeskChange>;
  form(close: () => void): ReactNode;
}

/** The buttons links and events share; each write goes through deskAction (toast with Undo). */
function ReviewActions({ status, setStatus, remove, form }: ReviewActionsProps) {
  const shell = useShell();
  const [editing, setEditing] = useState(false);
  const readOnly = shell.summary?.readOnly ?? true;
  return (
    <div className="button-row">
      {status !== 'confirmed' && (
        <button disabled={readOnly} onClick={() => void deskAction(shell, setStatus('confirmed'))}>
          Confirm
        </button>
      )}
      {status !== 'rejected' && (
        <button disabled={readOnly} onClick={() => void deskAction(shell, setStatus('rejected'))}>
          Reject
        </button>
      )}
      <button disabled={readOnly} onClick={() => setEditing(true)}>
        Edit…
      </button>
      <button
        disabled={readOnly}
        className="danger"
        onClick={async () => {
          if (await deskAction(shell, remove())) shell.select(null);
        }}
      >
        Delete
      </button>
      {editing && form(() => setEditing(false))}
    </div>
  );
}
