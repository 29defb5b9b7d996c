import { z } from 'zod';
import { canonicalLinkType } from '../../lib/vocabulary/event-types.js';

/** Shapes several domains share. Record ids are UUIDv7 strings; the store checks they exist. */
export const recordId = z.string().uuid();
export const noArgs = z.object({}).strict();
export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
};

/** A link type as typed or picked, stored in the vocabulary's spelling ("Member of" → `member_of`). */
export const linkType = z.string().trim().min(1).max(64).transform(canonicalLinkType);

export { statusSchema as status, tlpSchema as tlp } from '../../lib/vocabulary/index.js';
export type { Reliability, Status, Tlp } from '../../lib/vocabulary/index.js';
/** Direction of a server-side sort (tables page and sort in the case, not in the renderer). */
export const sortDirection = z.enum(['asc', 'desc']).default('asc');

/** What every refused or failed call resolves to instead of a value. */
export interface ContractErrorShape {
  code: string;
  message: string;
}

/** The wire form of every reply, over IPC and HTTP alike. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: ContractErrorShape };
