import type { ExtractedEntity } from './types.js';

/** ", also known as the ", " (known as ", ", aka ": what stands between a name and another name for it. */
const ALIAS_BETWEEN =
  /^\s*(?:,|\()?\s*(?:(?:also|better|widely|locally)\s+)?(?:known|called|referred\s+to)\s+as\s+(?:the\s+)?$|^\s*(?:,|\()?\s*(?:aka|a\.k\.a\.)\s+(?:the\s+)?$/i;

/**
 * A name given as another name for the one before it is the same kind of thing: "the Gulf Clan,
 * also known as the Clan del Golfo" names one organisation, however the tagger typed the Spanish.
 * Other mentions of the alias move with it.
 */
export function typeAliasesLikeTheirName(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  const retyped = new Map<string, ExtractedEntity['type']>();
  const named = entities.filter((e) => e.type === 'person' || e.type === 'location' || e.type === 'organization');
  for (let i = 1; i < named.length; i++) {
    const name = named[i - 1]!;
    const alias = named[i]!;
    if (alias.type === name.type || !ALIAS_BETWEEN.test(text.slice(name.end, alias.start))) continue;
    retyped.set(alias.key, name.type);
  }
  if (!retyped.size) return entities;
  for (const e of entities) {
    const type = retyped.get(e.key);
    if (type && (e.type === 'person' || e.type === 'location' || e.type === 'organization')) e.type = type;
  }
  return entities;
}
