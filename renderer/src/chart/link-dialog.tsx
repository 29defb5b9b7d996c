import { useEffect, useState } from 'react';
import type { CitationChoice } from '../../../preload/contract/chart.js';
import type { DossierClient } from '../api/client.js';

export interface LinkDraft {
  sourceId: string;
  targetId: string;
  sourceLabel: string;
  targetLabel: string;
}

const CREDIBILITY = ['1 confirmed', '2 probably true', '3 possibly true', '4 doubtful', '5 improbable', '6 cannot be judged'];

/** The form shown after dragging from one node to another: what kind of link, how sure, and why. */
export function LinkDialog({ draft, client, linkTypes, onDone, report }: {
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
    client.call('chart:citation-choices', { sourceId: draft.sourceId, targetId: draft.targetId }).then((c) => live && setChoices(c), (e: unknown) => {
      if (live) setChoices([]);
      report(e);
    });
    return () => {
      live = false;
    };
  }, [client, draft.sourceId, draft.targetId, report]);
  const submit = async () => {
    const chosen = choices && cite > 0 ? choices[cite - 1] : undefined;
    try {
      await client.call('chart:create-link', {
        sourceId: draft.sourceId, targetId: draft.targetId, type: type.trim() || 'associate', directed, confidence: confidence / 100, credibility,
        status: 'confirmed', ...(chosen ? { citation: { documentId: chosen.documentId, start: chosen.start, end: chosen.end } } : {}),
      });
      onDone(true);
    } catch (e) {
      report(e);
    }
  };
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label="New link">
      <form className="modal chart-link-dialog" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2>Link {draft.sourceLabel} {directed ? '→' : '—'} {draft.targetLabel}</h2>
        <label>Type <input name="link-type" list="chart-link-types" value={type} onChange={(e) => setType(e.target.value)} autoFocus /></label>
        <datalist id="chart-link-types">{linkTypes.map((t) => <option key={t} value={t} />)}</datalist>
        <label className="inline"><input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> Directed (from {draft.sourceLabel})</label>
        <label>Confidence {confidence}% <input type="range" min={0} max={100} value={confidence} onChange={(e) => setConfidence(Number(e.target.value))} /></label>
        <label>Credibility
          <select value={credibility ?? ''} onChange={(e) => setCredibility(e.target.value ? Number(e.target.value) : null)}>
            <option value="">not graded</option>
            {CREDIBILITY.map((c, i) => <option key={c} value={i + 1}>{c}</option>)}
          </select>
        </label>
        <label>Citation
          <select value={cite} onChange={(e) => setCite(Number(e.target.value))} disabled={!choices?.length}>
            <option value={0}>{choices === null ? 'Looking for passages…' : choices.length ? 'none' : 'No document mentions both'}</option>
            {choices?.map((c, i) => <option key={`${c.documentId}:${c.start}`} value={i + 1}>{c.documentTitle}: “{c.quote.slice(0, 90)}”</option>)}
          </select>
        </label>
        <div className="button-row">
          <button type="submit" className="primary">Create link</button>
          <button type="button" onClick={() => onDone(false)}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
