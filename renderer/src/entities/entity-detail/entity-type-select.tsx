import { ENTITY_TYPES } from '../../entity-types.js';

/** Entity types an analyst creates or retypes to (documents and events are not entities). */
export const PICKABLE_TYPES = ENTITY_TYPES.filter((t) => t.type !== 'document' && t.type !== 'event');

export function EntityTypeSelect({
  value,
  onChange,
  disabled,
  label = 'Type',
}: {
  value: string;
  onChange(type: string): void;
  disabled?: boolean;
  label?: string;
}) {
  const known = PICKABLE_TYPES.some((t) => t.type === value);
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {!known && <option value={value}>{value}</option>}
      {PICKABLE_TYPES.map((t) => (
        <option key={t.type} value={t.type}>
          {t.label}
        </option>
      ))}
    </select>
  );
}
