import { useState } from 'react';
import { TLP_LEVELS, type Tlp } from '../../../lib/vocabulary/index.js';
import { useShell } from '../shell/shell-context.js';
import { Modal } from '../common/modal.js';

export type CaseDialog = { kind: 'new' } | { kind: 'open' } | { kind: 'about' };

/** New case, Open case and About. In the desktop app the native pickers are offered too. */
export function CaseDialogs({ dialog, onClose }: { dialog: CaseDialog; onClose: () => void }) {
  if (dialog.kind === 'new') return <NewCaseDialog onClose={onClose} />;
  if (dialog.kind === 'open') return <OpenCaseDialog onClose={onClose} />;
  return <AboutDialog onClose={onClose} />;
}

function NewCaseDialog({ onClose }: { onClose: () => void }) {
  const { client, report, info } = useShell();
  const [title, setTitle] = useState('');
  const [path, setPath] = useState('');
  const [tlp, setTlp] = useState<Tlp>('TLP:AMBER');
  const submit = async () => {
    try {
      await client.call('case:create', { title, tlp, ...(path.trim() ? { path: path.trim() } : {}) });
      onClose();
    } catch (e) {
      report(e);
    }
  };
  const pick = async () => {
    const picked = await client.call('app:pick-files', { purpose: 'new-case' }).catch(report);
    if (picked?.[0]) setPath(picked[0]);
  };
  return (
    <Modal
      title="New case"
      onClose={onClose}
      onSubmit={submit}
      submitLabel="Create case"
      canSubmit={title.trim().length > 0}
    >
      <label className="field">
        <span>Title</span>
        <input
          autoFocus
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Border incidents, winter 2025"
        />
      </label>
      <label className="field">
        <span>Marking</span>
        <select value={tlp} onChange={(e) => setTlp(e.target.value as typeof tlp)}>
          {TLP_LEVELS.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>File (optional)</span>
        <div className="field-row">
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="Saved in the Dossier cases folder if left empty"
          />
          {info?.nativeDialogs && (
            <button type="button" onClick={pick}>
              Choose…
            </button>
          )}
        </div>
      </label>
    </Modal>
  );
}

function OpenCaseDialog({ onClose }: { onClose: () => void }) {
  const { client, report, info } = useShell();
  const [path, setPath] = useState('');
  const open = async (p: string) => {
    try {
      await client.call('case:open', { path: p });
      onClose();
    } catch (e) {
      report(e);
    }
  };
  const pick = async () => {
    const picked = await client.call('app:pick-files', { purpose: 'open-case' }).catch(report);
    if (picked?.[0]) await open(picked[0]);
  };
  return (
    <Modal
      title="Open case"
      onClose={onClose}
      onSubmit={() => open(path.trim())}
      submitLabel="Open"
      canSubmit={path.trim().length > 0}
    >
      {info?.nativeDialogs && (
        <p>
          <button type="button" className="primary" onClick={pick}>
            Choose a case file…
          </button>
        </p>
      )}
      <label className="field">
        <span>Path to a .dossier file on this machine</span>
        <input
          autoFocus
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder="/home/analyst/cases/border.dossier"
        />
      </label>
    </Modal>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const { info } = useShell();
  const rows: [string, string | null | undefined][] = [
    ['Dossier', info?.appVersion],
    ['Electron', info?.versions.electron],
    ['Chromium', info?.versions.chromium],
    ['Node', info?.versions.node],
    ['SQLite', info?.versions.sqlite],
    ['Host', info?.host],
  ];
  return (
    <Modal title="About Dossier" onClose={onClose}>
      <table className="kv">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th>{k}</th>
              <td>{v ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
