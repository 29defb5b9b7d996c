import { mentionKey } from './normalize.js';
import type { ExtractedEntity } from './types.js';

/** Entities in text order: by start, the shorter first. */
export function inTextOrder(entities: ExtractedEntity[]): ExtractedEntity[] {
  return entities.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The entities and the ones a correction found, in text order (the same list when it found none). */
export function withFound(entities: ExtractedEntity[], found: ExtractedEntity[]): ExtractedEntity[] {
  return found.length ? inTextOrder([...entities, ...found]) : entities;
}

/** The name written at [start, end) as an entity of `type`, its own key and label (a correction's find). */
export function nameAt(text: string, start: number, end: number, type: ExtractedEntity['type']): ExtractedEntity {
  const name = text.slice(start, end);
  return { type, text: name, start, end, key: mentionKey(name), canonical: name };
}

/**
 * The entity `e` over [start, end) instead, with that name's key and label (a correction that
 * grows or retypes a name the tagger found); its type unless another is given.
 */
export function grownTo(
  text: string,
  e: ExtractedEntity,
  start: number,
  end: number,
  type: ExtractedEntity['type'] = e.type,
): ExtractedEntity {
  const name = text.slice(start, end);
  return { ...e, type, text: name, start, end, key: mentionKey(name), canonical: name };
}

/** The found entities in place of whatever they overlap, in text order. */
export function replacedBy(entities: ExtractedEntity[], found: ExtractedEntity[]): ExtractedEntity[] {
  if (!found.length) return entities;
  const kept = entities.filter((e) => !found.some((f) => e.start < f.end && f.start < e.end));
  return inTextOrder([...kept, ...found]);
}

/**
 * Every match of `pattern` (global) as a name of `type`, in place of the names found inside its
 * words; where a name holds a match or runs past it ("Highway 1 Bridge Authority"), that name is
 * another, longer one and is left as it is.
 */
export function replacedByMatches(
  text: string,
  entities: ExtractedEntity[],
  pattern: RegExp,
  type: ExtractedEntity['type'],
): ExtractedEntity[] {
  const found: ExtractedEntity[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (entities.some((e) => e.start < end && start < e.end && (e.start < start || e.end > end))) continue;
    found.push(nameAt(text, start, end, type));
  }
  return replacedBy(entities, found);
}

/** Whether a longer name was found over [start, end) ("Lloyd's List Intelligence" over "Lloyd's"). */
export function insideLongerName(entities: readonly ExtractedEntity[], start: number, end: number): boolean {
  return entities.some((e) => e.start <= start && e.end >= end && e.end - e.start > end - start);
}

/**
 * The entity at `i` grown back over the words `before` finds right before it (its group 1, read in
 * the `reach` characters before the name), as a name of its own; null when nothing is found there
 * or the entity before already holds those words.
 */
export function grownBack(
  text: string,
  entities: readonly ExtractedEntity[],
  i: number,
  before: RegExp,
  reach: number,
): ExtractedEntity | null {
  const e = entities[i]!;
  const m = before.exec(text.slice(Math.max(0, e.start - reach), e.start));
  if (!m) return null;
  const start = e.start - m[1]!.length;
  const previous = entities[i - 1];
  if (previous && previous.end > start) return null;
  return grownTo(text, e, start, e.end);
}
