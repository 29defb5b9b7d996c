import { extract } from '../../main/core/extract/index.js';
import type { ExtractOptions } from '../../main/core/extract/types.js';

/** The type of each entity `extract()` finds in `text`, by the entity's text (a later mention of the same text wins). */
export function typedEntities(text: string, options: ExtractOptions = { date: '2026-03-03' }): Record<string, string> {
  return Object.fromEntries(extract(text, options).entities.map((e) => [e.text, e.type]));
}

/** "type:text" of each person, organisation and place `extract()` finds in `text`, in text order. */
export function namedEntities(text: string, options: ExtractOptions = { date: '2025-12-13' }): string[] {
  return extract(text, options)
    .entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'location')
    .map((e) => `${e.type}:${e.text}`);
}

/** "text -> canonical" of each person `extract()` finds in `text`: the name written and the one it stands for. */
export function peopleAndTheirNames(text: string, options: ExtractOptions = { date: '2025-12-13' }): string[] {
  return extract(text, options)
    .entities.filter((e) => e.type === 'person')
    .map((e) => `${e.text} -> ${e.canonical}`);
}
