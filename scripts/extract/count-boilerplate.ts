/**
 * `npm run eval:boilerplate [folder]`: imports each page of the news dev set the way Dossier
 * does (format reader, main-content cleaning, extraction) and counts what an analyst must never
 * see: entities that only page chrome names, events citing a byline or caption, and events
 * dated after their document without the text saying they lie ahead. Each count must be 0;
 * the exit code is 1 otherwise. The pages and their manifest are in test/fixtures/news-dev/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { extract } from '../../main/core/extract/index.js';
import { documentDateOf } from '../../main/core/ingest/document-date.js';
import { readerFor } from '../../main/core/ingest/formats/index.js';

const Manifest = z.record(z.object({ boilerplate: z.array(z.string()), byline: z.array(z.string()) }));
const FUTURE = /\b(?:will|shall|next|upcoming|scheduled|planned|plans to|due to|expected to)\b/i;

const folder = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'news-dev');
const manifest = Manifest.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')));
const totals = { boilerplateEntities: 0, bylineOrCaptionEvents: 0, futureDatedEvents: 0 };

for (const file of readdirSync(folder)
  .filter((f) => f in manifest)
  .sort()) {
  const expected = manifest[file]!;
  const reader = readerFor(file);
  const bytes = new Uint8Array(readFileSync(join(folder, file)));
  const doc = reader
    ? await reader.read(bytes, basename(file))
    : { text: Buffer.from(bytes).toString('utf8'), publishedAt: null, mimeType: 'text/plain' };
  const first = extract(doc.text, {});
  const dated = documentDateOf(doc.mimeType, doc.publishedAt, first);
  const r = dated ? extract(doc.text, { date: dated.precision === 'day' ? dated.value : null }) : first;
  const lower = (s: string): string => s.toLowerCase();
  const chrome = r.entities.filter((e) =>
    expected.boilerplate.some((b) => lower(e.text) === lower(b) || lower(e.canonical) === lower(b)),
  );
  const cited = (ev: (typeof r.events)[number]): string[] =>
    (ev.citations ?? [{ start: ev.start, end: ev.end }]).map((c) => doc.text.slice(c.start, c.end));
  const bylineEvents = r.events.filter((ev) => cited(ev).some((q) => expected.byline.some((b) => q.includes(b))));
  const future = r.events.filter(
    (ev) => dated && ev.date && ev.date.value.slice(0, 10) > dated.value && !cited(ev).some((q) => FUTURE.test(q)),
  );
  totals.boilerplateEntities += chrome.length;
  totals.bylineOrCaptionEvents += bylineEvents.length;
  totals.futureDatedEvents += future.length;
  console.log(
    `${file}: document date ${dated ? `${dated.value} (${dated.source})` : 'none'}; ${r.entities.length} entities, ${r.events.length} events, ${r.links?.length ?? 0} links`,
  );
  for (const e of chrome) console.log(`  boilerplate entity: ${e.type} ${JSON.stringify(e.text)}`);
  for (const ev of bylineEvents) console.log(`  byline/caption event: ${ev.title}`);
  for (const ev of future) console.log(`  future-dated event: ${ev.title} [${ev.date?.value}]`);
  for (const ev of r.events) console.log(`  event: ${ev.type} ${ev.title}${ev.date ? ` [${ev.date.value}]` : ''}`);
}
console.log(
  `boilerplate entities ${totals.boilerplateEntities} | byline/caption events ${totals.bylineOrCaptionEvents} | future-dated events ${totals.futureDatedEvents}`,
);
process.exit(Object.values(totals).some((n) => n > 0) ? 1 : 0);
