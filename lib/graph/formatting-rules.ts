/**
 * Conditional formatting, as in i2: rules that colour, size or re-icon nodes and edges by a
 * property or a measure. Rules apply in order, later ones win. A rule either sets fixed style
 * values when its conditions hold, or scales one style value by a numeric field.
 */
export type StyleKey = 'color' | 'size' | 'icon' | 'shape' | 'width' | 'lineStyle' | 'borderColor';
export type RuleStyle = Partial<Record<StyleKey, string | number>>;

export interface RuleCondition {
  /** 'type', 'status', 'mentions', 'properties.nationality', 'measure.betweenness', 'cluster', … */
  field: string;
  op: 'eq' | 'neq' | 'in' | 'gte' | 'lte' | 'exists' | 'contains';
  value?: unknown;
}

export interface FormatRule {
  target: 'node' | 'edge';
  /** All must hold; no conditions means every item. */
  when?: readonly RuleCondition[];
  set?: RuleStyle;
  /** Map a numeric field linearly onto a size/width range or a colour ramp. */
  scale?:
    | { field: string; style: 'size' | 'width'; range: [number, number] }
    | { field: string; style: 'color'; range: [string, string] };
}

/** Values rules can read that are not on the item itself: measures and cluster numbers by id. */
export type RuleContext = Record<string, ReadonlyMap<string, number>>;

export function fieldValue(item: { id: string } & object, field: string, context: RuleContext = {}): unknown {
  const [head, ...rest] = field.split('.');
  if (head === 'measure' || head === 'cluster' || head === 'component') {
    return context[rest.length ? rest.join('.') : head!]?.get(item.id);
  }
  let v: unknown = item;
  for (const part of field.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export function conditionHolds(value: unknown, c: RuleCondition): boolean {
  switch (c.op) {
    case 'exists':
      return value !== undefined && value !== null && value !== '';
    case 'eq':
      return value === c.value;
    case 'neq':
      return value !== c.value;
    case 'in':
      return Array.isArray(c.value) && c.value.includes(value);
    case 'gte':
      return typeof value === 'number' && typeof c.value === 'number' && value >= c.value;
    case 'lte':
      return typeof value === 'number' && typeof c.value === 'number' && value <= c.value;
    case 'contains':
      return (
        typeof value === 'string' && typeof c.value === 'string' && value.toLowerCase().includes(c.value.toLowerCase())
      );
  }
}

export function evaluateRules<T extends { id: string }>(
  items: readonly T[],
  rules: readonly FormatRule[],
  target: 'node' | 'edge',
  context: RuleContext = {},
): Map<string, RuleStyle> {
  const out = new Map<string, RuleStyle>();
  for (const rule of rules) {
    if (rule.target !== target) continue;
    const matching = items.filter((it) =>
      (rule.when ?? []).every((c) => conditionHolds(fieldValue(it, c.field, context), c)),
    );
    if (rule.set) for (const it of matching) out.set(it.id, { ...out.get(it.id), ...rule.set });
    if (rule.scale) {
      const sc = rule.scale;
      const values = matching
        .map((it) => fieldValue(it, sc.field, context))
        .filter((v): v is number => typeof v === 'number');
      const lo = Math.min(...values);
      const hi = Math.max(...values);
      for (const it of matching) {
        const v = fieldValue(it, sc.field, context);
        if (typeof v !== 'number') continue;
        const t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        const styled =
          sc.style === 'color'
            ? mixColour(sc.range[0], sc.range[1], t)
            : Math.round((sc.range[0] + t * (sc.range[1] - sc.range[0])) * 100) / 100;
        out.set(it.id, { ...out.get(it.id), [sc.style]: styled });
      }
    }
  }
  return out;
}

/** Linear mix of two #rrggbb colours. */
export function mixColour(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  const c = pa.map((x, i) => Math.round(x + (pb[i]! - x) * Math.min(1, Math.max(0, t))));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(hex: string): number[] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) || 0);
}
