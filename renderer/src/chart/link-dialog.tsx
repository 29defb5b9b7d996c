import { useEffect, useState } from 'react';
import type { CitationChoice } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';
import { EntityChip } from '../common/entity-chip.js';
import { Modal } from '../common/modal.js';
import { OFFERED_LINK_TYPES, linkTypeLabel } from '../../../lib/vocabulary/event-types.js';

export interface LinkDraft {
  sourceId: string;
  targetId: string;
  sourceLabel: string;
  targetLabel: string;
  sourceType?: string;
  targetType?: string;
}

const CREDIBILITY = [
  '1 confirmed',
  '2 probably true',
  '3 possibly true',
  '4 doubtful',
  '5 improbable',
  '6 cannot be judged',
];

/**
 * The form shown after dragging from one node to another, in the app's dialog: the two ends as
 * chips, a type picked from the case's link vocabulary (or typed), how sure, and the passage
 * that says so, chosen from a scrollable list of passages where both entities occur (document,
 * date, source grade). Enter creates, Escape cancels, arrow keys move through the passages.
 */
export function LinkDialog({
  draft,
  client,
  linkTypes,
  onDone,
  report,
}: {
  draft: LinkDraft;
  client: DossierClient;
  linkTypes: string[];
  onDone(created: boolean): void;
  report(e: unknown): void;
}) {
  const [type, setType] = useState('associate');
  const [directed, setDirected] = useState(false);
  const [confidence, setConfidence] = useState(70);
  const [credibility, setCredibility] = useState<number | null>(null);
  const [choices, setChoices] = useState<CitationChoice[] | null>(null);
  const [cite, setCite] = useState(0);
  useEffect(() => {
    let live = true;
    client.call('chart:citation-choices', { sourceId: draft.sourceId, targetId: draft.targetId }).then(
      (c) => {
        if (!live) return;
        setChoices(c);
        // The closest passage is offered first and chosen by default.
        if (c.length) setCite(1);
      },
      (e: unknown) => {
        if (live) setChoices([]);
        report(e);
      },
    );
    return () => {
      live = false;
    };
  }, [client, draft.sourceId, draft.targetId, report]);
  const submit = async () => {
    const chosen = choices && cite > 0 ? choices[cite - 1] : undefined;
    try {
      await client.call('chart:create-link', {
        sourceId: draft.sourceId,
        targetId: draft.targetId,
        type: type.trim() || 'associate',
        directed,
        confidence: confidence / 100,
        credibility,
        status: 'confirmed',
        ...(chosen ? { citation: { documentId: chosen.documentId, start: chosen.start, end: chosen.end } } : {}),
      });
      onDone(true);
    } catch (e) {
      report(e);
    }
  };
  const vocabulary = [...new Set([...linkTypes, ...OFFERED_LINK_TYPES].map(linkTypeLabel))].slice(0, 12);
  return (
    <Modal
      title="New link"
      onClose={() => onDone(false)}
      onSubmit={() => void submit()}
      submitLabel="Create link"
      canSubmit={!!type.trim()}
      wide
    >
      <div className="link-ends">
        <EntityChip type={draft.sourceType ?? 'person'} label={draft.sourceLabel} />
        <button
          type="button"
          className="link-direction"
          onClick={() => setDirected((d) => !d)}
          aria-pressed={directed}
          title="Directed or not (from the first to the second)"
        >
          {directed ? '→' : '—'}
        </button>
        <EntityChip type={draft.targetType ?? 'person'} label={draft.targetLabel} />
      </div>
      <fieldset className="link-types">
        <legend>Type</legend>
        <div className="link-type-chips" role="radiogroup" aria-label="Link type">
          {vocabulary.map((t) => (
            <button
              key={t}
              type="button"
              role="radio"
              aria-checked={type === t}
              className={`chip-button${type === t ? ' active' : ''}`}
              onClick={() => setType(t)}
            >
              {t}
            </button>
          ))}
        </div>
        <input
          name="link-type"
          aria-label="Link type (or type a new one)"
          list="chart-link-types"
          value={type}
          onChange={(e) => setType(e.target.value)}
          autoFocus
        />
        <datalist id="chart-link-types">
          {linkTypes.map((t) => (
            <option key={t} value={linkTypeLabel(t)} />
          ))}
        </datalist>
      </fieldset>
      <div className="link-grades">
        <label>
          Confidence {confidence}%{' '}
          <input
            type="range"
            min={0}
            max={100}
            value={confidence}
            onChange={(e) => setConfidence(Number(e.target.value))}
          />
        </label>
        <label>
          Credibility
          <select
            value={credibility ?? ''}
            onChange={(e) => setCredibility(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">not graded</option>
            {CREDIBILITY.map((c, i) => (
              <option key={c} value={i + 1}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="link-citations">
        <legend>
          Why we believe it{' '}
          {choices?.length ? `(${choices.length} passage${choices.length === 1 ? '' : 's'} name both)` : ''}
        </legend>
        {choices === null && <p className="muted small">Looking for passages that name both…</p>}
        {choices?.length === 0 && (
          <p className="muted small">No document mentions both: the link will have no citation.</p>
        )}
        {!!choices?.length && (
          <ul className="link-citation-list" role="radiogroup" aria-label="Citation">
            <li>
              <label className="link-citation">
                <input type="radio" name="cite" checked={cite === 0} onChange={() => setCite(0)} />{' '}
                <span className="muted">No citation</span>
              </label>
            </li>
            {choices.map((c, i) => (
              <li key={`${c.documentId}:${c.start}`}>
                <label className="link-citation">
                  <input type="radio" name="cite" checked={cite === i + 1} onChange={() => setCite(i + 1)} />
                  <span className="link-citation-text">
                    <strong>{c.documentTitle}</strong>
                    <span className="muted small">
                      {' '}
                      {c.documentDate ? c.documentDate.slice(0, 10) : 'undated'}
                      {c.documentReliability ? ` · source ${c.documentReliability}` : ''}
                    </span>
                    <q>{c.quote}</q>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </Modal>
  );
}
