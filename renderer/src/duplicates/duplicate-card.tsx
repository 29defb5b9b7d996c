import type { DuplicateCandidate, DuplicateSide } from '../../../preload/contract.js';
import { EntityChip } from '../common/entity-chip.js';
import { plural } from '../common/format.js';
import { KIND_NAMES } from './duplicate-kinds.js';

/** One proposal: both entities, why they look like one, and the three answers. */
export function DuplicateCard({
  candidate,
  busy,
  readOnly,
  onMerge,
  onDismiss,
  onOpen,
}: {
  candidate: DuplicateCandidate;
  busy: boolean;
  readOnly: boolean;
  onMerge(survivor: DuplicateSide, merged: DuplicateSide): void;
  onDismiss(): void;
  onOpen(side: DuplicateSide): void;
}) {
  const { a, b, kind, reason } = candidate;
  // The side with more evidence is offered as the one to keep.
  const [first, second] = b.mentions + b.links > a.mentions + a.links ? [b, a] : [a, b];
  return (
    <li className="dup-card" aria-label={`${a.label} and ${b.label}`}>
      <div className="dup-why">
        <span className={`dup-kind dup-kind-${kind}`}>{KIND_NAMES[kind]}</span>
        <span className="dup-reason">{reason}</span>
      </div>
      <div className="dup-sides">
        {[first, second].map((s) => (
          <div key={s.id} className="dup-side">
            <EntityChip type={s.type} label={s.label} status={s.status} onClick={() => onOpen(s)} />
            <span className="muted small">
              {plural(s.mentions, 'mention')} · {plural(s.links, 'link')}
              {s.aliases.length > 0 && ` · also “${s.aliases.slice(0, 3).join('”, “')}”`}
            </span>
          </div>
        ))}
      </div>
      <div className="dup-actions">
        <button
          className="primary"
          disabled={busy || readOnly}
          onClick={() => onMerge(first, second)}
          title={`Merge “${second.label}” into “${first.label}”`}
        >
          Keep “{first.label}”
        </button>
        <button
          disabled={busy || readOnly}
          onClick={() => onMerge(second, first)}
          title={`Merge “${first.label}” into “${second.label}”`}
        >
          Keep “{second.label}”
        </button>
        <button className="link-button" disabled={busy || readOnly} onClick={onDismiss}>
          Not the same
        </button>
      </div>
    </li>
  );
}
