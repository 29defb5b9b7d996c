import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord, Status } from '../store/records.js';
import type { EntityResolver } from './entity-resolver.js';
import { caseNameKey } from '../names/case-name-key.js';

export interface EntityWish {
  type: string;
  label: string;
  /** Names to look the entity up by, best first (the label is always tried first). */
  lookup?: readonly string[];
  /** Names to keep as aliases of the entity (whether found or created). */
  aliases?: readonly string[];
  properties?: Record<string, unknown>;
  status?: Status;
}

const MAX_ALIAS = 200;

/**
 * The case's entity for `wish`, created when none matches by type and name. Names it does not
 * know yet become aliases, so the next document that uses any of them resolves here too.
 * Runs inside the caller's transaction; bulk writers pass `pending` to batch the aliases.
 */
export function ensureEntity(
  store: WritableCase,
  resolver: EntityResolver,
  wish: EntityWish,
): { entity: EntityRecord; created: boolean } {
  const names = [wish.label, ...(wish.lookup ?? [])];
  let entity = resolver.find(wish.type, names);
  let created = false;
  if (!entity) {
    entity = store.insert('entity', {
      type: wish.type,
      label: wish.label,
      properties: wish.properties ?? {},
      notes: '',
      status: wish.status ?? 'suggested',
    });
    resolver.remember(wish.type, wish.label, entity.id);
    created = true;
  }
  const fresh: string[] = [];
  const seen = new Set<string>();
  for (const name of [wish.label, ...(wish.aliases ?? [])]) {
    const key = caseNameKey(name);
    if (!key || name.length > MAX_ALIAS || seen.has(key)) continue;
    seen.add(key);
    if (resolver.knows(entity.type, name, entity.id)) continue;
    fresh.push(name.trim());
    resolver.remember(entity.type, name, entity.id);
  }
  if (fresh.length) {
    store.insertMany(
      'alias',
      fresh.map((alias) => ({ entityId: entity.id, alias })),
      'create-aliases',
    );
  }
  return { entity, created };
}
