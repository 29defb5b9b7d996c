/**
 * `npm run eval:news-probes [folder] [--verbose]`: strict unique-name F1 of `extract()` on the
 * news probes (test/fixtures/news-probes/, README there), per article, per type and per round.
 * A name counts when its type and its text match a line of the article's `.gold` file; a
 * trailing full stop and a leading "the" are forgiven, and a person's family name alone (its last
 * word or words, with or without an Arabic article) is neither right nor wrong. `--verbose` lists
 * what was wrong.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../main/core/extract/index.js';

const TYPES: Record<string, string> = { person: 'PER', organization: 'ORG', location: 'LOC' };
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const root =
  args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'news-probes');

type Tally = { tp: number; fp: number; fn: number };
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const f1 = (t: Tally): string =>
  t.tp + t.fp + t.fn === 0 ? '–' : ((200 * t.tp) / (2 * t.tp + t.fp + t.fn)).toFixed(1);
const norm = (name: string): string => name.replace(/\.$/, '').replace(/^the /i, '');

function score(folder: string): Tally {
  const all = tally();
  const byType: Record<string, Tally> = { PER: tally(), ORG: tally(), LOC: tally() };
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    const lines = readFileSync(join(folder, file.replace(/\.txt$/, '.gold')), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const at = l.indexOf(':');
        return `${l.slice(0, at)}:${norm(l.slice(at + 1).trim())}`;
      });
    // "~PER:Moon": a form neither right nor wrong that the rule below does not see (a family name
    // written first, as Korean and Chinese names are).
    const neutral = new Set(lines.filter((l) => l.startsWith('~')).map((l) => l.slice(1)));
    const gold = new Set(lines.filter((l) => !l.startsWith('~')));
    const found = new Set(
      extract(text, { date: '2025-12-01' })
        .entities.filter((e) => TYPES[e.type])
        .map((e) => `${TYPES[e.type]}:${norm(e.text)}`),
    );
    const doc = tally();
    const wrong: string[] = [];
    const missed: string[] = [];
    // A person's family name alone ("Paxton" after "Ken Paxton", "Le Pen" after "Marine Le Pen")
    // is that person: not listed, not wrong.
    const surnames = new Set(
      [...gold]
        .filter((g) => g.startsWith('PER:') && g.includes(' '))
        .flatMap((g) => {
          const words = g.slice(4).split(' ');
          // "Marcos" of "Ferdinand Marcos Jr.": a generation's mark follows the family name.
          if (words.length >= 3 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1]!)) words.pop();
          // "Assad" of "Bashar al-Assad": the family name without its Arabic article too.
          return words
            .slice(1)
            .map((_, i) => words.slice(i + 1).join(' '))
            .flatMap((f) => [`PER:${f}`, `PER:${f.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '')}`]);
        }),
    );
    for (const name of found) {
      if ((surnames.has(name) || neutral.has(name)) && !gold.has(name)) continue;
      const t = byType[name.slice(0, 3)]!;
      if (gold.has(name)) {
        doc.tp++;
        t.tp++;
      } else {
        doc.fp++;
        t.fp++;
        wrong.push(name);
      }
    }
    for (const name of gold)
      if (!found.has(name)) {
        doc.fn++;
        byType[name.slice(0, 3)]!.fn++;
        missed.push(name);
      }
    all.tp += doc.tp;
    all.fp += doc.fp;
    all.fn += doc.fn;
    console.log(`  ${file}: F1 ${f1(doc)}`);
    if (verbose) console.log(`    wrong: ${wrong.join(' | ') || '–'}\n    missed: ${missed.join(' | ') || '–'}`);
  }
  const types = Object.entries(byType)
    .map(([type, t]) => `${type} ${f1(t)}`)
    .join(' · ');
  console.log(
    `  all: P ${((100 * all.tp) / (all.tp + all.fp)).toFixed(1)} R ${((100 * all.tp) / (all.tp + all.fn)).toFixed(1)} F1 ${f1(all)} (${types})`,
  );
  return all;
}

const rounds = readdirSync(root)
  .filter((d) => statSync(join(root, d)).isDirectory())
  .sort();
const total = tally();
for (const round of rounds.length ? rounds : ['.']) {
  console.log(`${round}:`);
  const t = score(join(root, round));
  total.tp += t.tp;
  total.fp += t.fp;
  total.fn += t.fn;
}
console.log(`news probes: unique-name F1 ${f1(total)}`);
