import { spansFromTags } from './bio.js';

/** Strict mention scoring: a mention counts only with the exact span and type. */
export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type TypeCounts = Record<string, Counts>;

/** The dev sets closest to the news analysts import, pooled in reports. */
export const NEWS_LIKE_SETS: readonly string[] = ['wikigold', 'uner', 're3d'];

/** The scored type of each extraction entity type. */
const SCORED_TYPE: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', location: 'LOC' };

/** Mention keys of extraction's or the tagger's typed spans; other types are left out. */
export function typedMentionKeys(spans: Iterable<{ type: string; start: number; end: number }>): string[] {
  const out: string[] = [];
  for (const s of spans) if (s.type in SCORED_TYPE) out.push(`${SCORED_TYPE[s.type]} ${s.start} ${s.end}`);
  return out;
}

/** Adds one set of counts into another. */
export function addCounts(into: TypeCounts, from: TypeCounts): void {
  for (const [t, c] of Object.entries(from)) for (const k of ['tp', 'fp', 'fn'] as const) into[t]![k] += c[k];
}

export function emptyCounts(): TypeCounts {
  return Object.fromEntries([...SCORED_TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

/** Adds one item's gold and predicted mentions, each as "TYPE start end" keys. */
export function addMentions(counts: TypeCounts, gold: Iterable<string>, predicted: Iterable<string>): void {
  const g = new Set(gold);
  const p = new Set(predicted);
  for (const k of p) {
    const type = k.split(' ')[0]!;
    if (!(type in counts)) continue;
    const hit = g.has(k);
    counts[type]![hit ? 'tp' : 'fp']++;
    counts.ALL![hit ? 'tp' : 'fp']++;
  }
  for (const k of g) {
    const type = k.split(' ')[0]!;
    if (!(type in counts) || p.has(k)) continue;
    counts[type]!.fn++;
    counts.ALL!.fn++;
  }
}

export function mentionKeys(tags: readonly string[]): string[] {
  return spansFromTags(tags, (t) => t).map((s) => `${s.type} ${s.start} ${s.end}`);
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatCounts(counts: TypeCounts): string {
  return Object.entries(counts)
    .map(([t, c]) => {
      const { p, r, f1 } = prf(c);
      return `  ${t.padEnd(4)} P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f1).toFixed(1)}  (gold ${c.tp + c.fn})`;
    })
    .join('\n');
}
