import { useState } from 'react';
import type { BundleVerification, ImportResult } from '../../../preload/contract.js';
import { filesToUploads } from '../import/read-files.js';
import { TlpBadge } from '../common/entity-chip.js';
import { Modal } from '../common/modal.js';
import { useShell } from '../shell/shell-context.js';
import { ConflictsList, type KeepChoice } from './conflicts-list.js';
import { LocalChangesList } from './local-changes-list.js';
import { MergeSummary } from './merge-summary.js';

const uploadedLabel = (name: string) => `${name} (uploaded)`;

/** Import a bundle or interchange file: check it, preview the merge, then merge. */
export function ImportBundleDialog({ initialPath, onClose }: { initialPath: string; onClose: () => void }) {
  const shell = useShell();
  const [path, setPath] = useState(initialPath);
  // An uploaded file is shown by its own name, not by the temporary path the host staged it at.
  const [uploadedName, setUploadedName] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [check, setCheck] = useState<BundleVerification | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [merged, setMerged] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [keep, setKeep] = useState<Readonly<Record<string, KeepChoice>>>({});
  const toggle = (id: string) =>
    setAccepted((prev) => {
      const nextSet = new Set(prev);
      if (!nextSet.delete(id)) nextSet.add(id);
      return nextSet;
    });
  // A new file makes the check, preview and choices made for the old one meaningless.
  const forget = () => {
    setCheck(null);
    setPreview(null);
    setKeep({});
  };
  const isBundle = /\.casebundle$/i.test(path.trim());
  const args = () => ({ path: path.trim(), ...(passphrase ? { passphrase } : {}) });

  const step = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (e) {
      shell.report(e);
    } finally {
      setBusy(false);
    }
  };
  const next = () =>
    step(async () => {
      if (isBundle && !check) {
        setCheck(await shell.client.call('bundle:verify', args()));
      } else if (!preview) {
        setPreview(await shell.client.call('bundle:import', { ...args(), dryRun: true }));
      } else {
        // Changes to the case's own records go ahead only as ticked (none ticked: all held back).
        const asking = preview.localChanges.some((c) => c.status === 'needs-consent');
        setMerged(
          await shell.client.call('bundle:import', {
            ...args(),
            ...(asking ? { acceptLocalChanges: [...accepted] } : {}),
            ...(Object.keys(keep).length ? { keep } : {}),
          }),
        );
      }
    });
  const pick = async () => {
    const picked = await shell.client.call('app:pick-files', { purpose: 'import-bundle' }).catch(shell.report);
    if (picked?.[0]) {
      setPath(picked[0]);
      setUploadedName(null);
      forget();
    }
  };
  // The browser host has no file dialog: the file travels as bytes and the host hands back where it staged it.
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const [staged] = await filesToUploads([file]);
    const reply = await shell.client.call('app:stage-upload', staged!).catch(shell.report);
    if (reply) {
      setPath(reply.path);
      setUploadedName(file.name);
      forget();
    }
  };
  const label = merged ? 'Close' : !check && isBundle ? 'Check' : !preview ? 'Preview merge' : 'Merge into this case';
  const blocked = !!check && !check.ok;
  return (
    <Modal
      title="Import bundle or exchange file"
      wide
      onClose={onClose}
      onSubmit={merged ? onClose : next}
      submitLabel={busy ? 'Working…' : label}
      canSubmit={!busy && path.trim().length > 0 && !blocked}
    >
      <label className="field">
        <span>File</span>
        <div className="field-row">
          <input
            value={uploadedName === null ? path : uploadedLabel(uploadedName)}
            onChange={(e) => {
              // Typing over an uploaded file's name starts a path of its own.
              setPath(uploadedName === null ? e.target.value : e.target.value.replace(uploadedLabel(uploadedName), ''));
              setUploadedName(null);
              forget();
            }}
            placeholder="/home/analyst/in/colleague.casebundle"
            disabled={!!merged}
          />
          {shell.info?.nativeDialogs && !merged && (
            <button type="button" onClick={pick}>
              Choose…
            </button>
          )}
          {shell.info && !shell.info.nativeDialogs && !merged && (
            <input
              type="file"
              aria-label="Upload a bundle or exchange file"
              onChange={(e) => void upload(e.target.files?.[0])}
            />
          )}
        </div>
      </label>
      {/* Only case bundles can be encrypted; an exchange file has no use for a passphrase. */}
      {(isBundle || !path.trim()) && (
        <input
          type="password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          placeholder="Passphrase, if the bundle is encrypted"
          aria-label="Passphrase"
        />
      )}
      {check && (
        <section>
          <h3>Check</h3>
          <p>
            {check.ok ? '✓ Intact' : '✗ Changed or damaged'} · “{check.caseTitle}” · <TlpBadge tlp={check.tlp} /> ·{' '}
            {check.entries} entries ·{' '}
            {check.signature.state === 'valid'
              ? `signed${check.signature.trustedAs ? ` by ${check.signature.trustedAs}` : ' by an unknown key'}`
              : 'not signed (anyone could have written or altered it)'}
            {check.encrypted ? ' · encrypted' : ''}
            {check.redacted ? ' · without originals' : ''}
          </p>
          {check.problems.length > 0 && (
            <ul className="file-list">
              {check.problems.map((p, i) => (
                <li key={i} className="file file-skipped">
                  <span className="file-name">{p.entry}</span>
                  <span className="file-state">{p.problem}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {(merged ?? preview) && <MergeSummary result={(merged ?? preview)!} done={!!merged} />}
      {(merged ?? preview) && (
        <ConflictsList
          result={(merged ?? preview)!}
          keep={keep}
          onKeep={(id, choice) => setKeep((prev) => ({ ...prev, [id]: choice }))}
          done={!!merged}
        />
      )}
      {(merged ?? preview) && (
        <LocalChangesList
          result={(merged ?? preview)!}
          accepted={accepted}
          onToggle={toggle}
          keptHere={keptHere((merged ?? preview)!, keep)}
        />
      )}
    </Modal>
  );
}

/** Conflicting records where this case's value is (or will be) kept, by the analyst's choice or the merge's. */
function keptHere(result: ImportResult, keep: Readonly<Record<string, KeepChoice>>): ReadonlySet<string> {
  return new Set(
    result.conflicts.filter((c) => c.fields?.length && (keep[c.id] ?? c.kept) === 'here').map((c) => c.id),
  );
}
