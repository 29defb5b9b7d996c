import { useState } from 'react';
import type { FormatRule, RuleCondition } from '../../../lib/graph/formatting-rules.js';
import { ENTITY_TYPES } from '../entity-types.js';
import type { ViewState } from './view-state.js';

/** Conditional formatting: "when FIELD is VALUE, colour/size/icon it so". Rules apply top to bottom. */
export function RulesPanel({ view, setView }: { view: ViewState; setView(v: ViewState): void }) {
  const [field, setField] = useState('type');
  const [op, setOp] = useState<RuleCondition['op']>('eq');
  const [value, setValue] = useState('person');
  const [colour, setColour] = useState('#e4572e');
  const [size, setSize] = useState('');
  const [icon, setIcon] = useState('');
  const add = () => {
    const numeric = value.trim() !== '' && !Number.isNaN(Number(value)) && (op === 'gte' || op === 'lte');
    const rule: FormatRule = {
      target: 'node',
      when: [{ field, op, value: numeric ? Number(value) : value }],
      set: { color: colour, borderColor: colour, ...(size ? { size: Number(size) } : {}), ...(icon ? { icon } : {}) },
    };
    setView({ ...view, rules: [...view.rules, rule] });
  };
  return (
    <div className="chart-panel-body">
      <ol className="chart-rules">
        {view.rules.map((r, i) => (
          <li key={i}>
            {(r.when ?? []).map((c) => `${c.field} ${c.op} ${String(c.value ?? '')}`).join(' and ') || 'every node'} →{' '}
            {Object.entries(r.set ?? {})
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', ')}
            <button
              className="small"
              onClick={() => setView({ ...view, rules: view.rules.filter((_, j) => j !== i) })}
              aria-label="Remove rule"
            >
              ×
            </button>
          </li>
        ))}
        {!view.rules.length && <li className="muted">No rules. Add one below.</li>}
      </ol>
      <label>
        When{' '}
        <input value={field} onChange={(e) => setField(e.target.value)} list="chart-rule-fields" aria-label="Field" />
      </label>
      <datalist id="chart-rule-fields">
        {['type', 'status', 'mentions', 'reliability', 'label', 'properties.nationality'].map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <select value={op} onChange={(e) => setOp(e.target.value as RuleCondition['op'])} aria-label="Operator">
        <option value="eq">is</option>
        <option value="neq">is not</option>
        <option value="contains">contains</option>
        <option value="gte">at least</option>
        <option value="lte">at most</option>
        <option value="exists">is present</option>
      </select>
      <input value={value} onChange={(e) => setValue(e.target.value)} aria-label="Value" />
      <label>
        Colour <input type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
      </label>
      <label>
        Size{' '}
        <input
          type="number"
          min={12}
          max={120}
          value={size}
          onChange={(e) => setSize(e.target.value)}
          placeholder="unchanged"
        />
      </label>
      <label>
        Icon
        <select value={icon} onChange={(e) => setIcon(e.target.value)}>
          <option value="">unchanged</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button onClick={add}>Add rule</button>
    </div>
  );
}
