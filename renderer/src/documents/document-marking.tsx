import { useRef, useState } from 'react';
import type { Reliability, Tlp } from '../../../preload/contract/common.js';
import { RELIABILITY_GRADES, RELIABILITY_LABELS, TLP_LEVELS } from '../../../lib/vocabulary/index.js';
import { deskAction } from '../common/desk-action.js';
import { deskHint } from '../shell/desk-actions.js';
import { useActionHandler } from '../shell/shell-actions.js';
import { useShell } from '../shell/shell-context.js';

export const RELIABILITY: readonly { grade: Reliability; label: string }[] = RELIABILITY_GRADES.map((grade) => ({
  grade,
  label: RELIABILITY_LABELS[grade],
}));

/**
 * Source grade (Admiralty A–F) and TLP pickers for one or many documents. With `gradeLabel`
 * they also offer the palette's "grade" action: with a grade it is applied at once, without
 * one the grade picker opens (Ctrl+Shift+G).
 */
export function MarkingPickers({
  ids,
  reliability,
  tlp,
  disabled,
  gradeLabel,
}: {
  ids: string[];
  reliability: Reliability | null | 'mixed';
  tlp: Tlp | 'mixed';
  disabled?: boolean | undefined;
  gradeLabel?: string;
}) {
  const shell = useShell();
  const picker = useRef<HTMLSelectElement>(null);
  const mark = (patch: { reliability?: Reliability | null; tlp?: Tlp }) =>
    void deskAction(shell, shell.client.call('documents:mark', { ids, ...patch }));
  useActionHandler(
    shell.actions,
    'grade',
    gradeLabel && !disabled
      ? {
          label: gradeLabel,
          hint: deskHint('grade'),
          run: (a) => (a.reliability ? mark({ reliability: a.reliability }) : openPicker(picker.current)),
        }
      : null,
  );
  return (
    <span className="marking">
      <select
        ref={picker}
        aria-label="Source reliability"
        value={reliability ?? ''}
        disabled={disabled}
        onChange={(e) => mark({ reliability: e.target.value ? (e.target.value as Reliability) : null })}
      >
        {reliability === 'mixed' && (
          <option value="mixed" disabled>
            grade…
          </option>
        )}
        <option value="">ungraded</option>
        {RELIABILITY.map((r) => (
          <option key={r.grade} value={r.grade}>
            {r.grade} — {r.label}
          </option>
        ))}
      </select>
      <select aria-label="TLP" value={tlp} disabled={disabled} onChange={(e) => mark({ tlp: e.target.value as Tlp })}>
        {tlp === 'mixed' && (
          <option value="mixed" disabled>
            TLP…
          </option>
        )}
        {TLP_LEVELS.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
    </span>
  );
}

/** Focuses a select and opens its list where the browser allows it (needs a user gesture). */
function openPicker(select: HTMLSelectElement | null): void {
  if (!select) return;
  select.focus();
  try {
    // Chromium ≥ 121 has showPicker on selects; the DOM typings only know it on inputs.
    (select as { showPicker?: () => void }).showPicker?.();
  } catch {
    // No user gesture left (the action came through a view switch): focus is enough.
  }
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Saves the original file exactly as imported. The bytes are hashed again in the page before
 * they are offered, so what is saved is shown to match the SHA-256 the case recorded.
 */
export function SaveOriginal({ id, sha256 }: { id: string; sha256: string }) {
  const shell = useShell();
  const [state, setState] = useState<'idle' | 'busy' | 'saved'>('idle');
  const save = async () => {
    setState('busy');
    try {
      const file = await shell.client.call('documents:original', { id });
      const binary = atob(file.dataBase64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const hash = await sha256Hex(bytes);
      if (hash !== sha256)
        throw new Error(
          `The file received does not match the recorded SHA-256 (${hash.slice(0, 12)}… ≠ ${sha256.slice(0, 12)}…); not saved.`,
        );
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      shell.toast({ message: `Saved ${file.fileName} unchanged (SHA-256 ${hash.slice(0, 12)}…)` });
      setState('saved');
    } catch (e) {
      shell.report(e);
      setState('idle');
    }
  };
  return (
    <span className="save-original">
      <button type="button" disabled={state === 'busy'} onClick={() => void save()}>
        Save original…
      </button>
      <code className="sha" title={`SHA-256 ${sha256}`} data-testid="document-sha256">
        SHA-256 {sha256.slice(0, 16)}…{state === 'saved' ? ' ✓' : ''}
      </code>
    </span>
  );
}
