import { useState } from 'react';
import { LinkForm } from '../links/link-form.js';
import { deskHint } from '../shell/desk-actions.js';
import { useActionHandler } from '../shell/shell-actions.js';
import { useShell } from '../shell/shell-context.js';
import { CreateEntityDialog } from './entity-detail/create-entity-dialog.js';

/** The entities view's "New entity…" and "New link…" (between the two ticked entities, if two are). */
export function EntityDeskButtons({
  checked,
  labelOf,
}: {
  checked: readonly string[];
  labelOf(id: string): { label: string; type: string } | undefined;
}) {
  const shell = useShell();
  const [open, setOpen] = useState<'entity' | 'link' | null>(null);
  const readOnly = shell.summary?.readOnly ?? true;
  const end = (id: string | undefined) => {
    const found = id ? labelOf(id) : undefined;
    return id && found ? { id, ...found } : undefined;
  };
  const pair = checked.length === 2;
  const pairLabel = pair
    ? `New link between “${end(checked[0])?.label}” and “${end(checked[1])?.label}”…`
    : 'New link…';
  useActionHandler(
    shell.actions,
    'new-entity',
    readOnly ? null : { label: 'New entity…', hint: deskHint('new-entity'), run: () => setOpen('entity') },
  );
  useActionHandler(
    shell.actions,
    'new-link',
    readOnly ? null : { label: pairLabel, hint: deskHint('new-link'), run: () => setOpen('link') },
  );
  return (
    <>
      <button disabled={readOnly} onClick={() => setOpen('entity')}>
        New entity…
      </button>
      <button
        disabled={readOnly}
        title={pair ? 'Link the two ticked entities' : 'Link two entities'}
        onClick={() => setOpen('link')}
      >
        New link…
      </button>
      {open === 'entity' && <CreateEntityDialog onClose={() => setOpen(null)} />}
      {open === 'link' && (
        <LinkForm
          source={pair ? end(checked[0]) : undefined}
          target={pair ? end(checked[1]) : undefined}
          onClose={() => setOpen(null)}
          onSaved={(id) => shell.select({ kind: 'link', id })}
        />
      )}
    </>
  );
}
