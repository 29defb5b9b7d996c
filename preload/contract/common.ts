import { z } from 'zod';

/** Shapes several domains share. Record ids are UUIDv7 strings; the store checks they exist. */
export const recordId = z.string().uuid();
export const noArgs = z.object({}).strict();
export const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
};

/** Direction of a server-side sort (tables page and sort in the case, not in the renderer). */
export const sortDirection = z.enum(['asc', 'desc']).default('asc');

export type Status = 'suggested' | 'confirmed' | 'rejected';
export const status = z.enum(['suggested', 'confirmed', 'rejected']);
export type Tlp = 'TLP:CLEAR' | 'TLP:GREEN' | 'TLP:AMBER' | 'TLP:AMBER+STRICT' | 'TLP:RED';
export const tlp = z.enum(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED']);
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** What every refused or failed call resolves to instead of a value. */
export interface ContractErrorShape {
  code: string;
  message: string;
}

/** The wire form of every reply, over IPC and HTTP alike. */
export type Reply<R> = { ok: true; value: R } | { ok: false; error: ContractErrorShape };
