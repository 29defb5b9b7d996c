import { useState } from 'react';
import { checkPartialDate } from '../../../lib/properties/index.js';
import { EVENT_ROLES } from '../../../lib/vocabulary/event-types.js';
import { deskAction } from '../common/desk-action.js';
import { EntityChip } from '../common/entity-chip.js';
import { EntityPicker, type PickedEntity } from '../common/entity-picker.js';
import { Modal } from '../common/modal.js';
import type { Passage } from '../common/passage.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';

interface Participant extends PickedEntity {
  role: string;
}

function dateError(text: string): string | null {
  if (!text.trim()) return null;
  const c = checkPartialDate(text.trim());
  return c.ok ? null : c.message;
}

/**
 * Creates or edits an event: title, type (from the case's vocabulary or new), start and end at
 * the precision known (YYYY, YYYY-MM, YYYY-MM-DD), place, who took part in what role, the
 * passages it rests on, and notes.
 */
export function EventForm({
  eventId,
  passage,
  suggestions = [],
  onClose,
}: {
  eventId?: string;
  passage?: Passage;
  suggestions?: readonly PickedEntity[];
  onClose(): void;
}) {
  const shell = useShell();
  const types = useQuery(() => shell.client.call('events:types'), 'event-types');
  const existing = useQuery(
    () => (eventId ? shell.client.call('events:get-editable', { id: eventId }) : Promise.resolve(null)),
    `event:${eventId ?? ''}`,
  );
  const [title, setTitle] = useState('');
  const [type, setType] = useState('');
  const [startAt, setStartAt] = useState('');
  const [endAt, setEndAt] = useState('');
  const [location, setLocation] = useState<PickedEntity | null>(null);
  const [notes, setNotes] = useState('');
  const [people, setPeople] = useState<Participant[]>([]);
  const [citePassage, setCitePassage] = useState(!!passage);
  const [removed, setRemoved] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const ev = existing.data;
  if (ev && !loaded) {
    setLoaded(true);
    setTitle(ev.title);
    setType(ev.type);
    setStartAt(ev.startAt ?? '');
    setEndAt(ev.endAt ?? '');
    setLocation(ev.location);
    setNotes(ev.notes);
    setPeople(ev.participants.map((p) => ({ id: p.entityId, label: p.label, type: p.type, role: p.role })));
  }
  const startError = dateError(startAt);
  const endError =
    dateError(endAt) ??
    (startAt && endAt && !startError && endAt.trim() < startAt.trim() ? 'the end is before the start' : null);
  const ready = !!title.trim() && !startError && !endError && (!eventId || loaded);

  const submit = async () => {
    const body = {
      title: title.trim(),
      type: type.trim(),
      startAt: startAt.trim() || null,
      endAt: endAt.trim() || null,
      locationEntityId: location?.id ?? null,
      notes,
      participants: people.map((p) => ({ entityId: p.id, role: p.role })),
    };
    const cites =
      passage && citePassage ? [{ documentId: passage.documentId, start: passage.start, end: passage.end }] : [];
    const change = eventId
      ? await deskAction(
          shell,
          shell.client.call('events:edit', { id: eventId, ...body, addCitations: cites, removeCitationIds: removed }),
        )
      : await deskAction(shell, shell.client.call('events:create', { ...body, citations: cites }));
    if (change?.id) {
      shell.select({ kind: 'event', id: change.id });
      onClose();
    }
  };

  return (
    <Modal
      title={eventId ? 'Edit event' : 'New event'}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={eventId ? 'Save event' : 'Create event'}
      canSubmit={ready}
      wide
    >
      <div className="two-cols">
        <label className="field">
          <span>Title</span>
          <input
            name="event-title"
            value={title}
            autoFocus
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Border clash at Ishkoshim"
          />
        </label>
        <label className="field">
          <span>Type</span>
          <input
            name="event-type"
            list="desk-event-types"
            value={type}
            onChange={(e) => setType(e.target.value)}
            placeholder="attack, meeting, statement…"
          />
          <datalist id="desk-event-types">
            {types.data?.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </label>
      </div>
      <div className="two-cols">
        <label className={`field${startError ? ' invalid' : ''}`}>
          <span>Start (YYYY, YYYY-MM or YYYY-MM-DD)</span>
          <input
            name="event-start"
            value={startAt}
            onChange={(e) => setStartAt(e.target.value)}
            aria-invalid={!!startError}
          />
          {startError && (
            <span className="field-error" role="alert">
              {startError}
            </span>
          )}
        </label>
        <label className={`field${endError ? ' invalid' : ''}`}>
          <span>End (if it lasted)</span>
          <input name="event-end" value={endAt} onChange={(e) => setEndAt(e.target.value)} aria-invalid={!!endError} />
          {endError && (
            <span className="field-error" role="alert">
              {endError}
            </span>
          )}
        </label>
      </div>
      <EntityPicker
        label="Where"
        value={location}
        onPick={setLocation}
        type="location"
        suggestions={suggestions.filter((s) => s.type === 'location')}
      />
      <fieldset className="participants">
        <legend>Taking part</legend>
        <ul className="participant-list">
          {people.map((p, i) => (
            <li key={`${p.id}:${i}`}>
              <EntityChip type={p.type} label={p.label} />
              <select
                aria-label={`Role of ${p.label}`}
                value={p.role}
                onChange={(e) => setPeople(people.map((x, j) => (j === i ? { ...x, role: e.target.value } : x)))}
              >
                {[...new Set([...EVENT_ROLES, p.role])].filter(Boolean).map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${p.label}`}
                onClick={() => setPeople(people.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <EntityPicker
          label="Add a participant"
          value={null}
          suggestions={suggestions.filter((s) => !people.some((p) => p.id === s.id))}
          onPick={(e) => e && setPeople([...people, { ...e, role: people.length === 0 ? 'agent' : 'target' }])}
        />
      </fieldset>
      <fieldset className="citations-pick">
        <legend>Read from</legend>
        {ev?.citations.map((c) => (
          <label key={c.id} className="check-line">
            <input
              type="checkbox"
              checked={!removed.includes(c.id)}
              onChange={() =>
                setRemoved(removed.includes(c.id) ? removed.filter((x) => x !== c.id) : [...removed, c.id])
              }
            />
            <span className="quote">
              <b>{c.documentTitle}</b> “{c.quote}”
            </span>
          </label>
        ))}
        {passage && (
          <label className="check-line">
            <input type="checkbox" checked={citePassage} onChange={(e) => setCitePassage(e.target.checked)} />{' '}
            <span className="quote">the selected passage: “{passage.quote}”</span>
          </label>
        )}
        {!passage && !ev?.citations.length && (
          <p className="muted small">Select a passage in the reader and choose “Cite for…” to attach one.</p>
        )}
      </fieldset>
      <label className="field">
        <span>Notes</span>
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
    </Modal>
  );
}
