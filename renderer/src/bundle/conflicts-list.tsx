import type { ImportResult } from '../../../preload/contract/bundle.js';

export type KeepChoice = 'here' | 'incoming';

function shown(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(empty)';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/**
 * Records both sides changed since their common version: each field's two values, and a choice
 * of which to keep. The merge's own pick (the later edit) is preselected; a change is sent as `keep`.
 */
export function ConflictsList({
  result,
  keep,
  onKeep,
  done,
}: {
  result: ImportResult;
  keep: Readonly<Record<string, KeepChoice>>;
  onKeep: (id: string, choice: KeepChoice) => void;
  done: boolean;
}) {
  const conflicts = result.conflicts.filter((c) => c.fields?.length);
  const others = result.conflicts.filter((c) => !c.fields?.length);
  if (!result.conflicts.length) return null;
  return (
    <section data-testid="conflicts">
      <h3>Both sides changed</h3>
      {conflicts.length > 0 && (
        <p className="muted small">
          {done ? 'Kept as chosen below.' : 'The later edit is chosen; pick the other value where you know better.'}
        </p>
      )}
      <ul className="file-list">
        {conflicts.map((c) => {
          const chosen = keep[c.id] ?? c.kept ?? 'here';
          return (
            <li key={c.id} className="file conflict">
              <span className="file-name">
                {c.kind} “{c.label ?? c.id}”
              </span>
              <table className="conflict-fields small">
                <thead>
                  <tr>
                    <th>field</th>
                    <th>this case</th>
                    <th>incoming</th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields!.map((f) => (
                    <tr key={f.field}>
                      <td>{f.field}</td>
                      <td>{shown(f.here)}</td>
                      <td>{shown(f.incoming)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="field-row" role="radiogroup" aria-label={`Keep for ${c.label ?? c.id}`}>
                {(['here', 'incoming'] as const).map((choice) => (
                  <label key={choice}>
                    <input
                      type="radio"
                      name={`keep-${c.id}`}
                      checked={chosen === choice}
                      disabled={done}
                      onChange={() => onKeep(c.id, choice)}
                    />{' '}
                    {choice === 'here' ? "Keep this case's" : 'Keep incoming'}
                  </label>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <p className="muted small">
          {others
            .slice(0, 3)
            .map((c) => `${c.label ?? c.kind}: ${c.reason}`)
            .join('; ')}
          {others.length > 3 ? ` and ${others.length - 3} more` : ''}
        </p>
      )}
    </section>
  );
}
