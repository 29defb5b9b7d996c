import { useEffect, useState } from 'react';
import type { CitationChoice } from '../../../preload/contract/chart.js';
import { linkTypeLabel } from '../../../lib/vocabulary/event-types.js';
import { CREDIBILITY_LABELS } from '../../../lib/vocabulary/index.js';
import { deskAction } from '../common/desk-action.js';
import { EntityPicker, type PickedEntity } from '../common/entity-picker.js';
import { Modal } from '../common/modal.js';
import type { Passage } from '../common/passage.js';
import { useQuery } from '../common/use-query.js';
import { useShell } from '../shell/shell-context.js';

/**
 * Creates a link (from the inspector, the entities view, the reader) or edits one: the two
 * ends, a type from the case's vocabulary (or a new one), direction, confidence, information
 * credibility (1–6) and the passages that support it. Reusable by the chart's own dialog.
 */
export function LinkForm({
  linkId,
  source,
  target,
  passage,
  suggestions,
  onClose,
  onSaved,
}: {
  /** Edit this link; otherwise a new one is made. */
  linkId?: string;
  source?: PickedEntity;
  target?: PickedEntity;
  /** A passage to cite (e.g. the reader's selection). */
  passage?: Passage;
  /** Entities to offer for either end before anything is typed. */
  suggestions?: readonly PickedEntity[];
  onClose(): void;
  onSaved?(linkId: string): void;
}) {
  const shell = useShell();
  const types = useQuery(() => shell.client.call('links:types'), 'link-types');
  const [from, setFrom] = useState<PickedEntity | null>(source ?? null);
  const [to, setTo] = useState<PickedEntity | null>(target ?? null);
  const [type, setType] = useState('');
  const [directed, setDirected] = useState(true);
  const [swap, setSwap] = useState(false);
  const [confidence, setConfidence] = useState(70);
  const [credibility, setCredibility] = useState<number | null>(null);
  const [notes, setNotes] = useState('');
  const [choices, setChoices] = useState<CitationChoice[]>([]);
  const [cite, setCite] = useState<Set<string>>(new Set(passage ? ['passage'] : []));
  const [removed, setRemoved] = useState<Set<string>>(new Set());
  const existing = useQuery(
    () => (linkId ? shell.client.call('links:get-editable', { id: linkId }) : Promise.resolve(null)),
    `link:${linkId ?? ''}`,
  );
  const [loaded, setLoaded] = useState(false);
  const link = existing.data;
  if (link && !loaded) {
    setLoaded(true);
    setFrom({ id: link.sourceId, label: link.sourceLabel, type: '' });
    setTo({ id: link.targetId, label: link.targetLabel, type: '' });
    setType(linkTypeLabel(link.type));
    setDirected(link.directed);
    setConfidence(Math.round(link.confidence * 100));
    setCredibility(link.credibility);
    setNotes(link.notes);
  }

  useEffect(() => {
    if (!from || !to || from.id === to.id) return;
    let live = true;
    shell.client.call('chart:citation-choices', { sourceId: from.id, targetId: to.id }).then(
      (c) => live && setChoices(c),
      () => live && setChoices([]),
    );
    return () => {
      live = false;
    };
  }, [shell.client, from, to]);

  const key = (c: { documentId: string; start: number; end: number }) => `${c.documentId}:${c.start}:${c.end}`;
  const citations = [
    ...(passage && cite.has('passage') ? [passage] : []),
    ...choices.filter((c) => cite.has(key(c))),
  ].map(({ documentId, start, end }) => ({ documentId, start, end }));
  const ready = !!from && !!to && from.id !== to.id && !!type.trim();

  const submit = async () => {
    if (!ready) return;
    const common = { type: type.trim(), directed, confidence: confidence / 100, credibility, notes };
    const change = linkId
      ? await deskAction(
          shell,
          shell.client.call('links:edit', {
            id: linkId,
            ...common,
            swapEnds: swap,
            addCitations: citations,
            removeCitationIds: [...removed],
          }),
        )
      : await deskAction(
          shell,
          shell.client.call('links:create', { sourceId: from.id, targetId: to.id, ...common, citations }),
        );
    if (change?.id) {
      onSaved?.(change.id);
      onClose();
    }
  };
  const [a, b] = swap ? [to, from] : [from, to];
  return (
    <Modal
      title={linkId ? 'Edit link' : 'New link'}
      onClose={onClose}
      onSubmit={() => void submit()}
      submitLabel={linkId ? 'Save link' : 'Create link'}
      canSubmit={ready}
      wide
    >
      {linkId ? (
        <p className="link-ends-line">
          <strong>{a?.label}</strong> {directed ? '→' : '—'} <strong>{b?.label}</strong>
          <button type="button" className="link-button" onClick={() => setSwap(!swap)}>
            swap direction
          </button>
        </p>
      ) : (
        <div className="two-cols">
          <EntityPicker label="From" value={from} onPick={setFrom} suggestions={suggestions} autoFocus={!from} />
          <EntityPicker
            label="To"
            value={to}
            onPick={setTo}
            suggestions={suggestions?.filter((s) => s.id !== from?.id)}
            autoFocus={!!from && !to}
          />
        </div>
      )}
      <label className="field">
        <span>Link type</span>
        <input
          name="link-type"
          list="desk-link-types"
          value={type}
          placeholder="e.g. member of"
          onChange={(e) => setType(e.target.value)}
          autoFocus={!!from && !!to}
        />
        <datalist id="desk-link-types">
          {types.data?.map((t) => (
            <option key={t} value={linkTypeLabel(t)} />
          ))}
        </datalist>
      </label>
      <div className="two-cols">
        <label className="check-line">
          <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> Directed (
          {a?.label ?? 'from'} → {b?.label ?? 'to'})
        </label>
        <label className="field">
          <span>Confidence {confidence}%</span>
          <input
            type="range"
            min={0}
            max={100}
            value={confidence}
            onChange={(e) => setConfidence(Number(e.target.value))}
          />
        </label>
      </div>
      <label className="field">
        <span>Information credibility</span>
        <select
          value={credibility ?? ''}
          onChange={(e) => setCredibility(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">not graded</option>
          {CREDIBILITY_LABELS.map((c, i) => (
            <option key={c} value={i + 1}>
              {i + 1} — {c}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="citations-pick">
        <legend>Why we believe this</legend>
        {link?.citations.map((c) => (
          <label key={c.id} className="check-line">
            <input type="checkbox" checked={!removed.has(c.id)} onChange={() => setRemoved((s) => toggled(s, c.id))} />{' '}
            <span className="quote">
              <b>{c.documentTitle}</b> “{c.quote}”
            </span>
          </label>
        ))}
        {passage && (
          <label className="check-line">
            <input
              type="checkbox"
              checked={cite.has('passage')}
              onChange={() => setCite((s) => toggled(s, 'passage'))}
            />{' '}
            <span className="quote">the selected passage: “{passage.quote}”</span>
          </label>
        )}
        {choices
          .filter((c) => !link?.citations.some((x) => key(x) === key(c)))
          .map((c) => (
            <label key={key(c)} className="check-line">
              <input type="checkbox" checked={cite.has(key(c))} onChange={() => setCite((s) => toggled(s, key(c)))} />{' '}
              <span className="quote">
                <b>{c.documentTitle}</b> “{c.quote.slice(0, 200)}”
              </span>
            </label>
          ))}
        {!passage && !choices.length && !link?.citations.length && (
          <p className="muted small">
            {from && to ? 'No document mentions both.' : 'Pick both ends to see passages that mention them together.'}
          </p>
        )}
      </fieldset>
      <label className="field">
        <span>Notes</span>
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
    </Modal>
  );
}

function toggled(set: Set<string>, key: string): Set<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
