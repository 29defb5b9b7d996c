// News-like texts made of whole paragraphs of the real corpus in ../shared/corpus: the scale
// benchmarks generate cases from them and the extractor's golden-output check runs over them,
// so both must build them the same way (a change here changes the golden output's hash).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

/** The corpus's text articles, in file-name order. */
export function corpusTexts(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
}

/** The corpus's paragraphs of at least `minWords` words, in article order. */
export function corpusParagraphs(minWords = 1): string[] {
  return corpusTexts()
    .flatMap((t) => t.split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p.split(/\s+/).length >= minWords);
}

/** A news-like text of about `words` words (566 is a typical news article) of random paragraphs. */
export function newsLikeText(paragraphs: readonly string[], random: () => number, words = 566): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}
