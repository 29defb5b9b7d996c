import { checkProperties } from '../../../lib/properties/validate.js';
import { DossierError } from '../errors.js';
import { caseNameKey } from '../names/case-name-key.js';
import type { WritableCase } from '../store/case-store.js';
import type { EntityRecord } from '../store/records.js';
import { type OperationResult, analystOperation } from './operation.js';

/** Invalid typed properties: a message per field, nothing written. */
export class PropertyErrors extends DossierError {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(
      'invalid-argument',
      Object.entries(fieldErrors)
        .map(([k, m]) => `${k}: ${m}`)
        .join('; '),
      { fields: fieldErrors },
    );
  }
}

export interface EntityEdit {
  label?: string;
  type?: string;
  notes?: string;
  /** Typed properties by name (see lib/properties); an empty string removes one. */
  properties?: Record<string, string>;
}

/**
 * Edits an entity's label, type, notes and typed properties as one undoable operation. A new
 * label keeps the old one as an alias (as a rename does); typed properties are checked against
 * the schema of the entity's (new) type and the whole edit is refused, writing nothing, if any
 * value is wrong. Other keys of `properties` (origin, extraction notes) are left as they are.
 */
export function editEntity(
  store: WritableCase,
  entityId: string,
  edit: EntityEdit,
): OperationResult & { entity: EntityRecord } {
  const before = store.require('entity', entityId);
  const label = edit.label?.trim();
  const type = edit.type?.trim();
  if (edit.label !== undefined && !label) throw new DossierError('invalid-argument', 'an entity needs a name');
  if (edit.type !== undefined && !type) throw new DossierError('invalid-argument', 'an entity needs a type');
  const newType = type ?? before.type;
  let properties: Record<string, unknown> | undefined;
  if (edit.properties && Object.keys(edit.properties).length) {
    const checked = checkProperties(newType, edit.properties);
    if (!checked.ok) throw new PropertyErrors(checked.errors);
    properties = { ...before.properties };
    for (const [k, v] of Object.entries(checked.values)) {
      if (v === null) delete properties[k];
      else properties[k] = v;
    }
  }
  const patch = {
    ...(label && label !== before.label ? { label } : {}),
    ...(type && type !== before.type ? { type } : {}),
    ...(edit.notes !== undefined && edit.notes !== before.notes ? { notes: edit.notes } : {}),
    ...(properties && JSON.stringify(properties) !== JSON.stringify(before.properties) ? { properties } : {}),
  };
  if (!Object.keys(patch).length) throw new DossierError('invalid-argument', `nothing to change on "${before.label}"`);
  const what = Object.keys(patch)
    .map((k) => (k === 'label' ? 'name' : k))
    .join(', ');
  return analystOperation(store, 'edit-entity', `edit ${what} of "${before.label}"`, (r) => {
    const entity = r.update('entity', entityId, patch);
    if (patch.label) {
      const names = new Set(store.list('alias', { entityId }).map((a) => caseNameKey(a.alias)));
      names.add(caseNameKey(patch.label));
      if (!names.has(caseNameKey(before.label))) r.insert('alias', { entityId, alias: before.label });
    }
    return { entity };
  });
}

/** Adds a name the entity is also known by (refused if it already has that name). */
export function addAlias(store: WritableCase, entityId: string, alias: string): OperationResult {
  const clean = alias.trim();
  if (!clean) throw new DossierError('invalid-argument', 'an alias cannot be empty');
  const e = store.require('entity', entityId);
  const key = caseNameKey(clean);
  if (caseNameKey(e.label) === key || store.list('alias', { entityId }).some((a) => caseNameKey(a.alias) === key)) {
    throw new DossierError('invalid-argument', `"${e.label}" already has the name "${clean}"`);
  }
  return analystOperation(store, 'add-alias', `add alias "${clean}" to "${e.label}"`, (r) => {
    r.insert('alias', { entityId, alias: clean });
    return {};
  });
}

/** Removes one of an entity's aliases (its mentions stay with it). */
export function removeAlias(store: WritableCase, entityId: string, alias: string): OperationResult {
  const e = store.require('entity', entityId);
  const found = store.list('alias', { entityId }).find((a) => a.alias === alias);
  if (!found) throw new DossierError('not-found', `"${e.label}" has no alias "${alias}"`);
  return analystOperation(store, 'remove-alias', `remove alias "${alias}" from "${e.label}"`, (r) => {
    r.remove('alias', found.id);
    return {};
  });
}
