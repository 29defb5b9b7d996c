import { useState } from 'react';
import { TLP_LEVELS, type ExchangeFormat, type Tlp } from '../../../lib/vocabulary/index.js';
import type { ExportResult } from '../../../preload/contract.js';
import { TlpBadge } from '../common/entity-chip.js';
import { plural } from '../common/format.js';
import { Modal } from '../common/modal.js';
import { useShell } from '../shell/shell-context.js';

type Format = ExchangeFormat;

const FORMATS: [Format, string][] = [
  ['casebundle', 'Case bundle (.casebundle) — everything, verifiable'],
  ['stix', 'STIX 2.1 (.json)'],
  ['ftm', 'FollowTheMoney (.json)'],
  ['graphml', 'GraphML (.graphml)'],
  ['vis', 'Diagram JSON (.json)'],
  ['csv', 'CSV tables (folder)'],
  ['gexf', 'GEXF for Gephi (.gexf)'],
  ['xlsx', 'Excel workbook, entity and link sheets for i2 / Maltego (.xlsx)'],
  ['cyjs', 'Cytoscape JSON with chart positions (.cyjs)'],
];

/** What a format leaves out of the counts below (a table or graph format carries no documents). */
const CARRIES: Partial<Record<Format, string>> = {
  csv: 'CSV carries entities and links only.',
  xlsx: 'The workbook carries entities and links only.',
  graphml: 'GraphML carries entities, events and links; no documents.',
  gexf: 'GEXF carries entities, events and links; no documents.',
  cyjs: 'Cytoscape JSON carries entities, events and links with the chart layout; no documents.',
};

/** The file name ending each format is written with, for the path placeholder. */
const EXTENSION: Record<Format, string> = {
  casebundle: 'casebundle',
  stix: 'json',
  ftm: 'ftm.json',
  vis: 'vis',
  graphml: 'graphml',
  csv: 'csv',
  gexf: 'gexf',
  xlsx: 'xlsx',
  cyjs: 'cyjs',
};

/** Export: says what will leave the machine (counts, marking, originals) before writing anything. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const shell = useShell();
  const summary = shell.summary!;
  const [format, setFormat] = useState<Format>('casebundle');
  const [path, setPath] = useState('');
  const [ceiling, setCeiling] = useState<Tlp | ''>('');
  const [sign, setSign] = useState(true);
  const [redact, setRedact] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ExportResult | null>(null);
  const bundle = format === 'casebundle';
  const c = summary.counts;
  // Without a native save dialog (browser host) exports may be written only inside the app's exports folder.
  const folder = shell.info && !shell.info.nativeDialogs ? shell.info.exportsFolder : null;

  const run = async () => {
    setBusy(true);
    try {
      setDone(
        await shell.client.call('bundle:export', {
          path: path.trim(),
          format,
          ...(ceiling ? { tlp: ceiling } : {}),
          ...(bundle ? { sign, redact, ...(passphrase ? { passphrase } : {}) } : {}),
        }),
      );
    } catch (e) {
      shell.report(e);
    } finally {
      setBusy(false);
    }
  };
  const pick = async () => {
    const picked = await shell.client.call('app:pick-files', { purpose: 'export-bundle' }).catch(shell.report);
    if (picked?.[0]) setPath(picked[0]);
  };

  if (done) {
    return (
      <Modal title="Export written" onClose={onClose} onSubmit={onClose} submitLabel="Close">
        <p>
          {done.summary}
          {done.signedBy ? ` · signed by ${done.signedBy.slice(0, 16)}…` : ''}
        </p>
        <ul className="file-list">
          {done.files.map((f) => (
            <li key={f} className="file">
              <span className="file-name">{f}</span>
            </li>
          ))}
        </ul>
      </Modal>
    );
  }
  return (
    <Modal
      title="Export"
      wide
      onClose={onClose}
      onSubmit={run}
      submitLabel={busy ? 'Writing…' : 'Export'}
      canSubmit={!busy && path.trim().length > 0}
    >
      <label className="field">
        <span>Format</span>
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map(([f, label]) => (
            <option key={f} value={f}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Write to</span>
        <div className="field-row">
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={`${folder ?? '/home/analyst/out'}/border.${EXTENSION[format]}`}
          />
          {shell.info?.nativeDialogs && (
            <button type="button" onClick={pick}>
              Choose…
            </button>
          )}
        </div>
      </label>
      <label className="field">
        <span>Leave out anything marked above</span>
        <select value={ceiling} onChange={(e) => setCeiling(e.target.value as Tlp | '')}>
          <option value="">Nothing left out (up to the case marking)</option>
          {TLP_LEVELS.filter((t) => t !== 'TLP:RED').map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {bundle && (
        <div className="button-row">
          <label className="check">
            <input type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} /> Sign with this
            machine's key
          </label>
          <label className="check">
            <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} /> Leave the original
            files out
          </label>
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            placeholder="Passphrase to encrypt (optional)"
            aria-label="Passphrase"
          />
        </div>
      )}
      <section className="leaving" data-testid="export-preview">
        <h3>What will leave this machine</h3>
        <p>
          {plural(c.documents, 'document')}, {plural(c.entities, 'entity', 'entities')}, {plural(c.links, 'link')},{' '}
          {plural(c.events, 'event')} · case marked <TlpBadge tlp={ceiling || summary.tlp} /> · original files{' '}
          {bundle && !redact ? <strong>included</strong> : 'not included'}
          {bundle && passphrase ? ' · encrypted' : ''}
        </p>
        {CARRIES[format] && <p className="muted small">{CARRIES[format]}</p>}
        {ceiling && (
          <p className="muted small">
            Records marked above {ceiling} are left out, so the counts above are an upper bound.
          </p>
        )}
      </section>
    </Modal>
  );
}
