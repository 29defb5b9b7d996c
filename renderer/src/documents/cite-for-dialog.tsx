import { useEffect, useState } from 'react';
import type { EntityLink } from '../../../preload/contract.js';
import { deskAction } from '../common/desk-action.js';
import type { PickedEntity } from '../common/entity-picker.js';
import { Modal } from '../common/modal.js';
import type { Passage } from '../common/passage.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';

type Target = { kind: 'link'; id: string } | { kind: 'event'; id: string };

/**
 * "Cite for…": attach the selected passage to an existing link between entities mentioned
 * nearby or to an event, or start a new link or event with it (the caller opens those forms).
 */
export function CiteForDialog({
  passage,
  nearby,
  onClose,
  onNewLink,
  onNewEvent,
}: {
  passage: Passage;
  nearby: readonly PickedEntity[];
  onClose(): void;
  onNewLink(): void;
  onNewEvent(): void;
}) {
  const shell = useShell();
  const [links, setLinks] = useState<(EntityLink & { fromLabel: string })[]>([]);
  const events = useQuery(() => shell.client.call('events:list', { limit: 200 }), 'cite-events');
  const [target, setTarget] = useState<Target | null>(null);
  const nearbyKey = nearby.map((e) => e.id).join(',');
  useEffect(() => {
    let live = true;
    const ids = nearbyKey ? nearbyKey.split(',').slice(0, 8) : [];
    Promise.all(ids.map((id) => shell.client.call('entities:get', { id }))).then(
      (details) => {
        if (!live) return;
        const seen = new Set<string>();
        const out: (EntityLink & { fromLabel: string })[] = [];
        for (const d of details)
          for (const l of d.linkList)
            if (!seen.has(l.id) && l.status !== 'rejected') {
              seen.add(l.id);
              out.push({ ...l, fromLabel: d.label });
            }
        setLinks(out);
      },
      () => live && setLinks([]),
    );
    return () => {
      live = false;
    };
  }, [shell.client, nearbyKey]);
  const submit = async () => {
    if (!target) return;
    const change = await deskAction(
      shell,
      shell.client.call('links:cite', {
        subjectKind: target.kind,
        subjectId: target.id,
        passage: { documentId: passage.documentId, start: passage.start, end: passage.end },
      }),
    );
    if (change) {
      shell.select({ kind: target.kind, id: target.id });
      onClose();
    }
  };
  const value = target ? `${target.kind}:${target.id}` : '';
  return (
    <Modal
      title="Cite this passage for…"
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel="Cite"
      canSubmit={!!target}
      wide
    >
      <p className="quote-block">“{passage.quote}”</p>
      <div className="button-row">
        <button type="button" onClick={onNewLink}>
          A new link between entities mentioned nearby…
        </button>
        <button type="button" onClick={onNewEvent}>
          A new event…
        </button>
      </div>
      <label className="field">
        <span>Or an existing link or event</span>
        <select
          aria-label="Link or event"
          value={value}
          onChange={(e) => {
            const [kind, id] = e.target.value.split(':');
            setTarget(kind === 'link' || kind === 'event' ? { kind, id: id! } : null);
          }}
        >
          <option value="">Choose…</option>
          {links.length > 0 && (
            <optgroup label="Links of entities mentioned nearby">
              {links.map((l) => (
                <option key={l.id} value={`link:${l.id}`}>
                  {l.fromLabel} {l.outgoing ? '→' : '←'} {l.type} {l.outgoing ? '' : '←'} {l.otherLabel}
                </option>
              ))}
            </optgroup>
          )}
          {!!events.data?.rows.length && (
            <optgroup label="Events">
              {events.data.rows.map((ev) => (
                <option key={ev.id} value={`event:${ev.id}`}>
                  {ev.startAt ? `${ev.startAt} · ` : ''}
                  {ev.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
    </Modal>
  );
}
