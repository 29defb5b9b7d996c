import { useState } from 'react';
import { deskAction } from '../../common/desk-action.js';
import { useShell } from '../../shell/shell-context.js';

/** An entity's other names: add one, remove one, or split one out into an entity of its own. */
export function AliasesEditor({
  entityId,
  aliases,
  readOnly,
}: {
  entityId: string;
  aliases: readonly string[];
  readOnly: boolean;
}) {
  const shell = useShell();
  const [text, setText] = useState('');
  const call = shell.client.call.bind(shell.client);
  return (
    <div className="aliases">
      {aliases.length === 0 && <p className="muted small">No other names.</p>}
      <ul className="alias-list">
        {aliases.map((a) => (
          <li key={a}>
            <span className="alias">{a}</span>
            {!readOnly && (
              <>
                <button
                  type="button"
                  className="link-button small"
                  title={`Make "${a}" an entity of its own, with the mentions that use this name`}
                  onClick={async () => {
                    const change = await deskAction(shell, call('entities:split-alias', { id: entityId, alias: a }));
                    if (change?.id) shell.select({ kind: 'entity', id: change.id });
                  }}
                >
                  split out
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove alias ${a}`}
                  onClick={() => void deskAction(shell, call('entities:remove-alias', { id: entityId, alias: a }))}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="field-row"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            if (await deskAction(shell, call('entities:add-alias', { id: entityId, alias: text.trim() }))) setText('');
          }}
        >
          <input
            placeholder="Add a name…"
            aria-label="New alias"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" disabled={!text.trim()}>
            Add
          </button>
        </form>
      )}
    </div>
  );
}
