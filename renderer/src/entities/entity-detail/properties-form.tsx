import { useState } from 'react';
import {
  COUNTRIES,
  checkPropertyValue,
  propertySchemaFor,
  type PropertySpec,
} from '../../../../lib/properties/index.js';
import { deskAction } from '../../common/desk-action.js';
import { useShell } from '../../shell/shell-context.js';

const COUNTRY_LIST = Object.entries(COUNTRIES);

/** The values as typed, starting from what is stored. */
function initial(specs: readonly PropertySpec[], stored: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    specs.map((s) => [s.name, typeof stored[s.name] === 'string' ? (stored[s.name] as string) : '']),
  );
}

/**
 * The typed properties of an entity's type (lib/properties), checked as you type with the same
 * rules main applies: a wrong value gets its message under the field and Save stays off.
 */
export function PropertiesForm({
  entityId,
  type,
  stored,
  readOnly,
}: {
  entityId: string;
  type: string;
  stored: Record<string, unknown>;
  readOnly: boolean;
}) {
  const shell = useShell();
  const specs = propertySchemaFor(type);
  const [values, setValues] = useState(() => initial(specs, stored));
  const [busy, setBusy] = useState(false);
  if (!specs.length) return null;
  const saved = initial(specs, stored);
  const errors: Record<string, string> = {};
  for (const s of specs) {
    const v = values[s.name] ?? '';
    if (!v.trim()) continue;
    const checked = checkPropertyValue(s, v);
    if (!checked.ok) errors[s.name] = checked.message;
  }
  const changed = specs.filter((s) => (values[s.name] ?? '').trim() !== (saved[s.name] ?? ''));
  const canSave = !readOnly && !busy && changed.length > 0 && Object.keys(errors).length === 0;
  const save = async () => {
    setBusy(true);
    const properties = Object.fromEntries(changed.map((s) => [s.name, values[s.name] ?? '']));
    await deskAction(shell, shell.client.call('entities:edit', { id: entityId, properties }));
    setBusy(false);
  };
  return (
    <form
      className="properties-form"
      aria-label="Properties"
      onSubmit={(e) => {
        e.preventDefault();
        if (canSave) void save();
      }}
    >
      {specs.map((s) => (
        <label key={s.name} className={`prop-field${errors[s.name] ? ' invalid' : ''}`}>
          <span className="prop-label">{s.label}</span>
          {s.kind === 'choice' ? (
            <select
              value={values[s.name] ?? ''}
              disabled={readOnly}
              onChange={(e) => setValues({ ...values, [s.name]: e.target.value })}
            >
              <option value="">—</option>
              {s.options?.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={s.name}
              value={values[s.name] ?? ''}
              disabled={readOnly}
              list={s.kind === 'country' ? 'iso-countries' : undefined}
              placeholder={s.kind === 'date' ? 'YYYY-MM-DD' : s.kind === 'country' ? 'e.g. TJ' : ''}
              aria-invalid={!!errors[s.name]}
              onChange={(e) => setValues({ ...values, [s.name]: e.target.value })}
            />
          )}
          {errors[s.name] ? (
            <span className="field-error" role="alert">
              {errors[s.name]}
            </span>
          ) : s.kind === 'country' && values[s.name] ? (
            <span className="field-hint">{COUNTRIES[(values[s.name] ?? '').toUpperCase()] ?? ''}</span>
          ) : null}
        </label>
      ))}
      <datalist id="iso-countries">
        {COUNTRY_LIST.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </datalist>
      <div className="button-row">
        <button type="submit" className="primary" disabled={!canSave}>
          Save properties
        </button>
        {changed.length > 0 && (
          <button type="button" onClick={() => setValues(saved)}>
            Discard
          </button>
        )}
      </div>
    </form>
  );
}
