import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli-io.js';

// The hand-checked corpus and its scorer live beside the project, in ../shared.
const shared = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
const { score } = createRequire(import.meta.url)(join(shared, 'gold', 'match.cjs')) as {
  score: (
    preds: { text: string; type: string }[],
    gold: unknown[],
    mode: string,
  ) => Record<string, { tp: number; fp: number; hit: number; nGold: number }>;
};
const gold = JSON.parse(readFileSync(join(shared, 'gold', 'corpus-entities.json'), 'utf8')) as Record<
  string,
  { docDate: string; entities: unknown[]; dates: (string | { text: string })[] }
>;
const names = Object.keys(gold).filter((k) => !k.startsWith('_'));
const TYPE: Record<string, string> = { person: 'PERSON', organization: 'ORG', location: 'LOC' };

/** Same computation as ../shared/gold/score-corpus.cjs, over `dossier extract -` run in-process. */
async function scoreCorpus(extractor: 'rules' | 'default') {
  const input = names
    .map((n) =>
      JSON.stringify({ id: n, text: readFileSync(join(shared, 'corpus', n), 'utf8'), date: gold[n]!.docDate }),
    )
    .join('\n');
  const out = await runCli(['extract', '-', '--extractor', extractor], `${input}\n`);
  expect(out.code).toBe(0);
  const byId = new Map(
    out.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { id: string; entities: { type: string; text: string }[]; dates: { text: string }[] },
      )
      .map((o) => [o.id, o]),
  );
  const pooled: Record<string, number[]> = { PERSON: [0, 0, 0, 0], ORG: [0, 0, 0, 0], LOC: [0, 0, 0, 0] };
  let datesFound = 0;
  let datesTotal = 0;
  for (const n of names) {
    const o = byId.get(n)!;
    const s = score(
      o.entities.map((e) => ({ text: e.text, type: TYPE[e.type] ?? e.type })),
      gold[n]!.entities,
      'exact',
    );
    for (const t of Object.keys(pooled))
      pooled[t] = [
        pooled[t]![0]! + s[t]!.tp,
        pooled[t]![1]! + s[t]!.fp,
        pooled[t]![2]! + s[t]!.hit,
        pooled[t]![3]! + s[t]!.nGold,
      ];
    const found = o.dates.map((d) => d.text.toLowerCase());
    for (const d of gold[n]!.dates) {
      datesTotal++;
      const want = (typeof d === 'string' ? d : d.text).toLowerCase();
      if (found.some((f) => f.includes(want) || want.includes(f))) datesFound++;
    }
  }
  const f1 = Object.fromEntries(
    Object.entries(pooled).map(([t, [tp, fp, hit, n]]) => {
      const p = tp! + fp! ? tp! / (tp! + fp!) : 0;
      const r = n ? hit! / n : 0;
      return [t, p + r ? (2 * p * r) / (p + r) : 0];
    }),
  );
  return { f1, datesFound, datesTotal };
}

describe('extraction quality on the hand-checked corpus', () => {
  for (const extractor of ['default', 'rules'] as const) {
    it(`${extractor}: F1 ≥ 0.90 for person, organisation and location, and every gold date found`, async () => {
      const { f1, datesFound, datesTotal } = await scoreCorpus(extractor);
      expect(f1.PERSON).toBeGreaterThanOrEqual(0.9);
      expect(f1.ORG).toBeGreaterThanOrEqual(0.9);
      expect(f1.LOC).toBeGreaterThanOrEqual(0.9);
      expect(datesTotal).toBeGreaterThan(0);
      expect(datesFound).toBe(datesTotal);
    });
  }
});
