import type { ImportResult } from '../../../preload/contract/bundle.js';

/** What an import will do (preview) or did (merged): counts, then everything the analyst should know about it. */
export function MergeSummary({ result, done }: { result: ImportResult; done: boolean }) {
  const t = result.totals;
  const skipped = Object.entries(result.skipped);
  return (
    <section data-testid="merge-summary">
      <h3>{done ? 'Merged' : 'What the merge will do'}</h3>
      <p>
        {t.new} new · {t.updated} updated · {t.unchanged} unchanged · {t.deleted} deleted · {t.conflicting} in conflict
      </p>
      {(result.notes.length > 0 || skipped.length > 0) && (
        <div data-testid="import-notes">
          <h4>About this file</h4>
          <ul className="import-notes small">
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
            {skipped.map(([what, n]) => (
              <li key={what}>
                Left out: {n} {what}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.possibleDuplicates.length > 0 && (
        <p className="muted small">
          {result.possibleDuplicates.length} incoming entities look like ones already in the case; they are kept apart
          for you to merge.
        </p>
      )}
      {result.lost.length > 0 && (
        <p className="muted small">
          Lost because what they hang on was deleted:{' '}
          {result.lost
            .slice(0, 5)
            .map((l) => `${l.kind} “${l.label}”`)
            .join('; ')}
          {result.lost.length > 5 ? ` and ${result.lost.length - 5} more` : ''}
        </p>
      )}
      {result.timestampsCapped > 0 && (
        <p className="muted small">
          {result.timestampsCapped} records claimed to be modified in the future; their time was set to now.
        </p>
      )}
      {result.textsKept > 0 && (
        <p className="muted small">
          {result.textsKept} documents came with a different text for the same original file; the text read from the
          original is kept.
        </p>
      )}
      {done && result.operationId && <p className="muted small">The whole import can be undone with Undo.</p>}
    </section>
  );
}
