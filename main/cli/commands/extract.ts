import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { DossierError, messageOf } from '../../core/errors.js';
import { extract } from '../../core/extract/index.js';
import type { ExtractionResult, ExtractOptions } from '../../core/extract/types.js';
import { documentDate } from '../../core/ingest/extractor.js';
import { readerFor } from '../../core/ingest/formats/index.js';
import { type CliIo, type Command, stringOption, writeJson, writeLine } from '../command.js';

/**
 * `dossier extract FILE…` prints what extraction finds in text files, without a case;
 * `dossier extract -` reads JSON lines {id, text, date} and writes one JSON line per input.
 */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the entities, identifiers, dates and events found in text (no case needed)',
  usage:
    'dossier extract FILE… [--date YYYY-MM-DD] [--json] [--extractor rules|default]  |  dossier extract - < lines.jsonl',
  options: { date: { type: 'string' }, json: { type: 'boolean' }, extractor: { type: 'string' } },
  async run(args, io) {
    const date = stringOption(args, 'date');
    if (date !== undefined) checkDate(date, '--date');
    const extractor = stringOption(args, 'extractor') ?? 'default';
    if (extractor !== 'rules' && extractor !== 'default') {
      throw new DossierError('invalid-argument', `--extractor must be "rules" or "default", not "${extractor}"`);
    }
    const options: ExtractOptions = { date: date ?? null, extractor };
    if (args.positionals.length === 0)
      throw new DossierError('invalid-argument', `a file or "-" is required (${this.usage})`);
    if (args.positionals.length === 1 && args.positionals[0] === '-') return extractJsonLines(io, options);
    const results = [];
    for (const file of args.positionals) {
      const doc = await readDocumentText(file);
      results.push({ file, ...extract(doc.text, { ...options, date: options.date ?? doc.date }) });
    }
    if (args.values.json) writeJson(io, results.length === 1 ? results[0] : results);
    else for (const r of results) printResult(io, r.file, r);
    return 0;
  },
};

/**
 * The document text the way import would store it (HTML, PDF, DOCX, e-mail … through ingest's
 * format readers; anything else as UTF-8 text), and the date the document gives, if any.
 */
async function readDocumentText(file: string): Promise<{ text: string; date: string | null }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new DossierError('not-found', `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`);
  }
  const reader = readerFor(file);
  if (!reader) return { text: bytes.toString('utf8'), date: null };
  try {
    const doc = await reader.read(new Uint8Array(bytes), basename(file));
    return { text: doc.text, date: documentDate(doc.publishedAt) };
  } catch (e) {
    throw new DossierError('import-failed', `cannot read ${file} as ${reader.mimeType}: ${messageOf(e)}`);
  }
}

function checkDate(date: string, where: string): void {
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!ok) throw new DossierError('invalid-argument', `${where} must be a date as YYYY-MM-DD, not "${date}"`);
}

/** One output line per input line, in order; a bad line gets an error line and the rest go on. */
async function extractJsonLines(io: CliIo, base: ExtractOptions): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let failed = 0;
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      if (input === null || typeof input !== 'object') throw new Error('not a JSON object');
      id = input.id ?? null;
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      const date =
        input.date === undefined || input.date === null || input.date === '' ? base.date : String(input.date);
      if (date) checkDate(date, '"date"');
      const r = extract(input.text, { ...base, date });
      await write(io, `${JSON.stringify({ id, ...lineOutput(r) })}\n`);
    } catch (e) {
      failed++;
      await write(io, `${JSON.stringify({ id, error: `line ${n}: ${messageOf(e)}` })}\n`);
    }
  }
  return failed ? 1 : 0;
}

function lineOutput(r: ExtractionResult): object {
  return {
    entities: r.entities.map((e) => ({
      type: e.type,
      text: e.text,
      start: e.start,
      end: e.end,
      key: e.key,
      canonical: e.canonical,
      ...(e.value ? { value: e.value } : {}),
    })),
    dates: r.dates.map((d) => ({
      text: d.text,
      start: d.start,
      end: d.end,
      value: d.value,
      precision: d.precision,
      ...(d.endValue !== undefined ? { endValue: d.endValue } : {}),
    })),
    events: r.events,
    links: r.links ?? [],
    documentDate: r.documentDate ?? null,
    extractor: r.extractor,
    extractorVersion: r.extractorVersion,
  };
}

/** Respects back-pressure so a long run on a pipe does not buffer everything in memory. */
function write(io: CliIo, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (io.stdout.write(chunk)) resolve();
    else io.stdout.once('drain', () => resolve());
  });
}

function printResult(io: CliIo, file: string, r: ExtractionResult): void {
  writeLine(io.stdout, `${file}  (${r.extractor} ${r.extractorVersion})`);
  const byType = new Map<string, Map<string, number>>();
  for (const e of r.entities) {
    const m = byType.get(e.type) ?? new Map<string, number>();
    m.set(e.canonical, (m.get(e.canonical) ?? 0) + 1);
    byType.set(e.type, m);
  }
  for (const [type, names] of byType) {
    writeLine(io.stdout, `  ${type}: ${[...names].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join('; ')}`);
  }
  if (r.dates.length)
    writeLine(
      io.stdout,
      `  dates: ${r.dates.map((d) => `${d.text.replace(/\s+/g, ' ')} → ${d.value}${d.endValue !== undefined ? `…${d.endValue ?? ''}` : ''} (${d.precision})`).join('; ')}`,
    );
  for (const ev of r.events) writeLine(io.stdout, `  event: ${ev.title}${ev.date ? ` [${ev.date.value}]` : ''}`);
  if (r.entities.length === 0 && r.dates.length === 0) writeLine(io.stdout, '  nothing found');
}
