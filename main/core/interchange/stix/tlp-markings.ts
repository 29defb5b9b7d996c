import type { Tlp } from '../../store/records.js';

/**
 * The TLP 2.0 marking definitions as OASIS publishes them for STIX 2.1: fixed ids, defined by a
 * property extension, created by the OASIS identity below. Every STIX tool recognises these ids.
 */
const TLP2_EXTENSION = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
const TLP2_CREATOR = 'identity--e50ab59c-5c4f-4d40-bf6a-d58418d89bcd';

const TLP2_IDS: Record<Tlp, string> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

/** TLP 1.0 ids (STIX 2.1 spec section 7.2.1.4), still common in the wild, for import. */
const TLP1_IDS: Record<string, Tlp> = {
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9': 'TLP:CLEAR',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da': 'TLP:GREEN',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82': 'TLP:AMBER',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed': 'TLP:RED',
};

export function tlpMarkingId(tlp: Tlp): string {
  return TLP2_IDS[tlp];
}

export function tlpMarkingDefinition(tlp: Tlp): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_IDS[tlp],
    created: '2022-10-01T00:00:00.000Z',
    created_by_ref: TLP2_CREATOR,
    name: tlp,
    extensions: { [TLP2_EXTENSION]: { extension_type: 'property-extension', tlp_2_0: tlp.slice(4).toLowerCase() } },
  };
}

/** The TLP a marking-definition object (or a well-known marking id) stands for, if any. */
export function tlpOfMarking(idOrObject: string | Record<string, unknown>): Tlp | null {
  const id = typeof idOrObject === 'string' ? idOrObject : String(idOrObject.id);
  const known = (Object.entries(TLP2_IDS) as [Tlp, string][]).find(([, v]) => v === id)?.[0] ?? TLP1_IDS[id];
  if (known) return known;
  if (typeof idOrObject === 'string') return null;
  const def = idOrObject.definition as { tlp?: unknown } | undefined;
  const ext = Object.values((idOrObject.extensions as Record<string, { tlp_2_0?: unknown }> | undefined) ?? {})[0];
  const word = String(
    def?.tlp ?? ext?.tlp_2_0 ?? String(idOrObject.name ?? '').match(/^TLP:(.+)$/i)?.[1] ?? '',
  ).toUpperCase();
  const map: Record<string, Tlp> = {
    WHITE: 'TLP:CLEAR',
    CLEAR: 'TLP:CLEAR',
    GREEN: 'TLP:GREEN',
    AMBER: 'TLP:AMBER',
    'AMBER+STRICT': 'TLP:AMBER+STRICT',
    RED: 'TLP:RED',
  };
  return map[word] ?? null;
}

/** The TLP 1.0 marking definition for one of its well-known ids (STIX 2.1 section 7.2.1.4), or null. */
export function tlp1MarkingDefinition(id: string): Record<string, unknown> | null {
  const tlp = TLP1_IDS[id];
  if (!tlp) return null;
  const word = tlp === 'TLP:CLEAR' ? 'white' : tlp.slice(4).toLowerCase();
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${word.toUpperCase()}`,
    definition: { tlp: word },
  };
}

/** The marking definition Dossier writes for a TLP marking id it knows (2.0 or 1.0), or null. */
export function knownTlpDefinition(id: string): Record<string, unknown> | null {
  const tlp2 = (Object.entries(TLP2_IDS) as [Tlp, string][]).find(([, v]) => v === id)?.[0];
  return tlp2 ? tlpMarkingDefinition(tlp2) : tlp1MarkingDefinition(id);
}
