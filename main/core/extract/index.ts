import nlp from 'compromise';
import * as chrono from 'chrono-node';
import type { ExtractedDate, ExtractedEntity, ExtractionResult, ExtractOptions, NamedEntityType } from './types.js';
import { gazetteerClass } from './gazetteer.js';
import { normalizeKey } from './normalize.js';

export type { ExtractionResult, ExtractOptions } from './types.js';

/**
 * First working version: compromise's people/organisations/places, typed by the gazetteer where
 * it knows the phrase, and chrono-node's dates. The full pipeline replaces the body, not the API.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const entities: ExtractedEntity[] = [];
  const doc = nlp(text);
  const groups: [NamedEntityType, { json(o: object): unknown }][] = [
    ['person', doc.people()],
    ['organization', doc.organizations()],
    ['location', doc.places()],
  ];
  for (const [type, view] of groups) {
    for (const m of view.json({ offset: true }) as { offset: { start: number; length: number } }[]) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?'"’)]/.test(text[end - 1] ?? '')) end--;
      while (start < end && /[\s"'(‘“]/.test(text[start] ?? '')) start++;
      if (end <= start) continue;
      const surface = text.slice(start, end);
      const cls = gazetteerClass(surface) ?? type;
      entities.push({ type: cls, text: surface, start, end, key: normalizeKey(surface), canonical: surface });
    }
  }
  const ref = options.date ? new Date(`${options.date}T12:00:00Z`) : new Date();
  const dates: ExtractedDate[] = chrono.parse(text, ref, { forwardDate: false }).map((r) => {
    const d = r.start.date();
    const precision = r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : 'year';
    const iso = d.toISOString().slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);
    return { text: r.text, start: r.index, end: r.index + r.text.length, value: iso, precision };
  });
  return { entities, dates, events: [], extractor: 'dossier-rules', extractorVersion: '0.1.0' };
}
