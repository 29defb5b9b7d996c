import type { ImportResult, LocalChangeInfo } from '../../../preload/contract/bundle.js';

const ACTION_WORDS: Record<LocalChangeInfo['action'], string> = {
  delete: 'Delete',
  rewrite: 'Change',
  redirect: 'Merge away',
};

/**
 * The case's own records an import would delete, change or merge away. Each needs the analyst's
 * tick unless a trusted key signed the bundle; unticked ones keep this case's version.
 */
export function LocalChangesList({
  result,
  accepted,
  onToggle,
  keptHere = new Set(),
}: {
  result: ImportResult;
  accepted: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Records whose conflicting fields keep this case's value: the change does not touch those fields. */
  keptHere?: ReadonlySet<string>;
}) {
  if (!result.localChanges.length) return null;
  const asking = result.localChanges.some((c) => c.status === 'needs-consent' || c.status === 'held-back');
  return (
    <section data-testid="local-changes">
      <h3>Changes to your own records</h3>
      <p className="muted small">
        {asking
          ? result.signature?.state === 'valid'
            ? 'The bundle is signed by a key you have not marked as trusted. Tick what you accept; the rest keeps your version.'
            : 'The bundle is not signed: anyone could have written or altered it. Tick what you accept; the rest keeps your version.'
          : result.localChanges.every((c) => c.status === 'trusted-signer')
            ? 'Signed by a trusted key: these will be applied. The import can be undone as a whole.'
            : `You accepted these${result.dryRun ? '' : '; they were applied'}. The import can be undone as a whole.`}
      </p>
      <ul className="file-list">
        {result.localChanges.map((c) => (
          <li key={`${c.action}:${c.id}`} className="file">
            <label className="field-row">
              {asking ? (
                <input
                  type="checkbox"
                  checked={accepted.has(c.id)}
                  onChange={() => onToggle(c.id)}
                  aria-label={`Accept: ${ACTION_WORDS[c.action]} ${c.label}`}
                />
              ) : (
                <span aria-hidden>✓</span>
              )}
              <span className="file-name">
                {ACTION_WORDS[c.action]} {c.kind} “{c.label}”
              </span>
              <span className="file-state">
                {c.detail}
                {keptHere.has(c.id) ? " · both sides changed: this case's value kept" : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
