import { z } from 'zod';
import { recordId, type Status } from './common.js';
import { method, returns } from './define.js';
import type { EntityChange } from './entities.js';

/** One side of a proposed duplicate, with what would move if it were merged away. */
export interface DuplicateSide {
  id: string;
  type: string;
  label: string;
  status: Status;
  mentions: number;
  links: number;
  aliases: string[];
}

export type DuplicateKind =
  'same-name' | 'alias' | 'punctuation' | 'acronym' | 'transliteration' | 'surname' | 'qualified';

export interface DuplicateCandidate {
  a: DuplicateSide;
  b: DuplicateSide;
  kind: DuplicateKind;
  /** Why they look like one entity, e.g. `"Zafar Kurbonov" and "Zafar Qurbonov" are spellings of one name`. */
  reason: string;
  score: number;
}

export const duplicateMethods = {
  /** The duplicates queue: proposals not yet dismissed, strongest first. Merging is `entities:merge`. */
  'duplicates:list': method(
    z.object({ limit: z.number().int().min(1).max(1000).default(200), type: z.string().max(64).optional() }).strict(),
    returns<{ total: number; rows: DuplicateCandidate[] }>(),
  ),
  /** "Not the same": the pair is no longer proposed (undoable; travels in bundles). */
  'duplicates:dismiss': method(
    z
      .object({ aId: recordId, bId: recordId })
      .strict()
      .refine((p) => p.aId !== p.bId, 'a pair needs two different entities'),
    returns<EntityChange>(),
  ),
};
