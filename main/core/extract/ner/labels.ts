/**
 * The tagger's label set: BIO over PER / ORG / LOC / MISC. MISC is learned (it keeps
 * nationalities, events and works of art out of the other types) and dropped from the output.
 * The order is part of the model file format: never reorder, only append with a new version.
 */
export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;

export const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

/** The class a label belongs to, or null for O. */
export function labelClass(label: number): EntityClass | null {
  return label === 0 ? null : ENTITY_CLASSES[(label - 1) >> 1]!;
}

export function isInside(label: number): boolean {
  return label !== 0 && (label - 1) % 2 === 1;
}

/**
 * BIO constraint: I-X may only follow B-X or I-X. `allowed[prev * L + next]`; the sentence start
 * behaves like a preceding O.
 */
export const ALLOWED_TRANSITION: Uint8Array = (() => {
  const a = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  for (let p = 0; p < LABEL_COUNT; p++) {
    for (let n = 0; n < LABEL_COUNT; n++) {
      a[p * LABEL_COUNT + n] = !isInside(n) || (p !== 0 && labelClass(p) === labelClass(n)) ? 1 : 0;
    }
  }
  return a;
})();

export const OUTPUT_TYPE: Readonly<Record<EntityClass, 'person' | 'organization' | 'location' | null>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: null,
};
