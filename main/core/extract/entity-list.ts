import type { ExtractedEntity } from './types.js';

/** Entities in text order: by start, the shorter first. */
export function inTextOrder(entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The entities and the ones a correction found, in text order (the same list when it found none). */
export function withFound(entities: ExtractedEntity[], found: ExtractedEntity[]): ExtractedEntity[] {
  return found.length ? inTextOrder([...entities, ...found]) : entities;
}

/** The found entities in place of whatever they overlap, in text order. */
export function replacedBy(entities: ExtractedEntity[], found: ExtractedEntity[]): ExtractedEntity[] {
  if (!found.length) return entities;
  const kept = entities.filter((e) => !found.some((f) => e.start < f.end && f.start < e.end));
  return inTextOrder([...kept, ...found]);
}

/** Whether a longer name was found over [start, end) ("Lloyd's List Intelligence" over "Lloyd's"). */
export function insideLongerName(entities: readonly ExtractedEntity[], start: number, end: number): boolean {
  return entities.some((e) => e.start <= start && e.end >= end && e.end - e.start > end - start);
}
