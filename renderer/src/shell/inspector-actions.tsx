import { useState } from 'react';
import type { Status } from '../../../preload/contract/common.js';
import { deskAction } from '../common/desk-action.js';
import { EventForm } from '../events/event-form.js';
import { LinkForm } from '../links/link-form.js';
import { useShell } from './shell-context.js';

/** Confirm/reject (for suggested ones), Edit… and Delete for the selected link. */
export function LinkActions({ id, status }: { id: string; status: Status }) {
  const shell = useShell();
  const [editing, setEditing] = useState(false);
  const readOnly = shell.summary?.readOnly ?? true;
  const call = shell.client.call.bind(shell.client);
  return (
    <div className="button-row">
      {status !== 'confirmed' && (
        <button
          disabled={readOnly}
          onClick={() => void deskAction(shell, call('links:set-status', { ids: [id], status: 'confirmed' }))}
        >
          Confirm
        </button>
      )}
      {status !== 'rejected' && (
        <button
          disabled={readOnly}
          onClick={() => void deskAction(shell, call('links:set-status', { ids: [id], status: 'rejected' }))}
        >
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
          if (await deskAction(shell, call('links:delete', { id }))) shell.select(null);
        }}
      >
        Delete
      </button>
      {editing && <LinkForm linkId={id} onClose={() => setEditing(false)} />}
    </div>
  );
}

/** Confirm/reject, Edit… and Delete for the selected event. */
export function EventActions({ id, status }: { id: string; status: Status }) {
  const shell = useShell();
  const [editing, setEditing] = useState(false);
  const readOnly = shell.summary?.readOnly ?? true;
  const call = shell.client.call.bind(shell.client);
  return (
    <div className="button-row">
      {status !== 'confirmed' && (
        <button
          disabled={readOnly}
          onClick={() => void deskAction(shell, call('events:set-status', { ids: [id], status: 'confirmed' }))}
        >
          Confirm
        </button>
      )}
      {status !== 'rejected' && (
        <button
          disabled={readOnly}
          onClick={() => void deskAction(shell, call('events:set-status', { ids: [id], status: 'rejected' }))}
        >
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
          if (await deskAction(shell, call('events:delete', { id }))) shell.select(null);
        }}
      >
        Delete
      </button>
      {editing && <EventForm eventId={id} onClose={() => setEditing(false)} />}
    </div>
  );
}
