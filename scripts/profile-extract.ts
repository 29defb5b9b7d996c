// CPU per document of `extract()` on 566-word news-like texts (the ingest issue's documents),
// in total and per stage. The stages are run here in the order `extract()` runs them, so their
// sum should match the total; run under `node --cpu-prof` to see where inside a stage.
//   npx tsx scripts/profile-extract.ts            (200 documents)
//   PROFILE_DOCS=100 node --cpu-prof --cpu-prof-dir=test-output/prof --import tsx scripts/profile-extract.ts
import { analyse } from '../main/core/extract/analyse.js';
import { combineModelSpans } from '../main/core/extract/combine-model-spans.js';
import { extractDates } from '../main/core/extract/dates.js';
import { documentDateFromText } from '../main/core/extract/document-date.js';
import { suggestEvents } from '../main/core/extract/events.js';
import { extractIdentifiers } from '../main/core/extract/identifiers.js';
import { extract } from '../main/core/extract/index.js';
import { suggestLinks } from '../main/core/extract/links.js';
import { loadTagger } from '../main/core/extract/ner/index.js';
import { resolveOverlaps } from '../main/core/extract/overlap.js';
import { placeHierarchyLinks } from '../main/core/extract/place-links.js';
import { resolveMentions } from '../main/core/extract/resolve.js';
import { findOutlets, retypeByShape } from '../main/core/extract/retype.js';
import { linkAndPropagate, ruleNameSpans } from '../main/core/extract/rule-names.js';
import { seededRandom } from '../lib/seeded-random.js';
import { corpusParagraphs, newsLikeText } from '../test/bench/news-like-text.js';

const N = Number(process.env.PROFILE_DOCS ?? 200);
// Ingest passes no date for a plain-text file (the text dates itself), so neither does this.
const DATE: string | undefined = process.env.PROFILE_DATE || undefined;
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let t = cpuNow();
const tagger = loadTagger();
const loadMs = cpuNow() - t;

const paragraphs = corpusParagraphs();
const random = seededRandom(15);
const docs = Array.from({ length: N }, () => newsLikeText(paragraphs, random));
const words = docs.reduce((s, d) => s + d.split(/\s+/).length, 0);

// Warm-up outside the measured set (JIT, lazy tables).
for (const d of docs.slice(0, 20)) extract(d, { date: DATE });

const stages = new Map<string, number>();
function stage<T>(name: string, fn: () => T): T {
  const s = cpuNow();
  const r = fn();
  stages.set(name, (stages.get(name) ?? 0) + cpuNow() - s);
  return r;
}

t = cpuNow();
for (const d of docs) extract(d, { date: DATE });
const totalMs = cpuNow() - t;

for (const text of docs) {
  const sentences = stage('analyse (compromise)', () => analyse(text));
  const analysis = stage('rule names', () => ruleNameSpans(text, sentences));
  const tagged = stage('tagger', () => (tagger ? tagger.tag(text) : []));
  const base = stage('combine model spans', () => combineModelSpans(text, tagged, analysis.spans));
  const names = stage('propagate + resolve', () => {
    const { spans, known } = linkAndPropagate(text, analysis, base);
    return findOutlets(text, retypeByShape(resolveMentions(text, resolveOverlaps(spans), known)));
  });
  const identifiers = stage('identifiers', () => extractIdentifiers(text));
  const entities = [...names, ...identifiers.filter((i) => i.type !== 'quantity')].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const documentDate = stage('document date', () =>
    DATE ? { value: DATE, precision: 'day' } : documentDateFromText(text),
  );
  const dayOf = documentDate?.precision === 'day' ? documentDate.value : null;
  const dates = stage('dates (chrono + rules)', () => extractDates(text, dayOf ?? DATE));
  stage('events', () => suggestEvents(text, sentences, entities, dates, documentDate?.value ?? null));
  stage('links', () => {
    const stated = suggestLinks(text, sentences, entities);
    return placeHierarchyLinks(text, sentences, entities, stated);
  });
}

// Again, after the stages ran (JIT and caches as warm as the first pass left them): the lower counts.
t = cpuNow();
for (const d of docs) extract(d, { date: DATE });
const totalMs2 = cpuNow() - t;

const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim();
console.log(
  `# ${N} documents, ${Math.round(words / N)} words each; load ${load}; tagger load ${loadMs.toFixed(0)} ms CPU`,
);
console.log(
  `extract_cpu_ms_per_doc: ${(Math.min(totalMs, totalMs2) / N).toFixed(2)} (passes ${(totalMs / N).toFixed(2)}, ${(totalMs2 / N).toFixed(2)})`,
);
let sum = 0;
for (const [name, ms] of stages) {
  sum += ms;
  console.log(`  ${name.padEnd(24)} ${(ms / N).toFixed(2)} ms`);
}
console.log(`  ${'sum of stages'.padEnd(24)} ${(sum / N).toFixed(2)} ms`);
