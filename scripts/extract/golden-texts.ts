import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../lib/seeded-random.js';
import { loadAllSets } from '../ner/datasets.js';
import { detokenize } from '../ner/detokenize.js';
import { corpusParagraphs, newsLikeText } from '../../test/bench/news-like-text.js';

/** One text to run extraction over, with the options it is run with. */
export interface GoldenText {
  id: string;
  text: string;
  date?: string;
  rules?: boolean;
}

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const FIXTURES = new URL('../../test/fixtures/', import.meta.url).pathname;

function textFiles(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * The texts the golden-output check runs: the corpus and fixture articles (with and without a
 * document date, and with the rules alone), generated news-like texts, and documents rebuilt
 * from every tagged set in ../shared/ner-train (tweets, Wikipedia, defence reports: many dates,
 * numbers and odd spellings chrono and the tagger must treat exactly as before).
 */
export function goldenTexts(limitPerSet = 250): GoldenText[] {
  const out: GoldenText[] = [];
  const articles = [
    ...textFiles(join(SHARED, 'corpus')),
    ...textFiles(join(FIXTURES, 'news-case')),
    ...textFiles(join(FIXTURES, 'news-dev')),
  ];
  for (const a of articles) {
    out.push({ id: `${a.name}@date`, text: a.text, date: '2025-12-13' });
    out.push({ id: `${a.name}@nodate`, text: a.text });
    out.push({ id: `${a.name}@rules`, text: a.text, date: '2025-12-13', rules: true });
  }
  const paragraphs = corpusParagraphs();
  const random = seededRandom(15);
  for (let i = 0; i < 200; i++) {
    out.push({ id: `news-${i}`, text: newsLikeText(paragraphs, random), date: i % 4 === 0 ? undefined : '2025-06-15' });
  }
  const bySet = new Map<string, number>();
  for (const doc of loadAllSets(join(SHARED, 'ner-train'))) {
    const seen = bySet.get(doc.set) ?? 0;
    if (seen >= limitPerSet) continue;
    bySet.set(doc.set, seen + 1);
    const t = detokenize(doc);
    out.push({ id: `${doc.set}/${doc.id}`, text: t.text, date: seen % 3 === 0 ? undefined : '2020-03-01' });
  }
  return out;
}
