import { z } from 'zod';
import { noArgs, tlp, type Tlp } from './common.js';
import { method, returns } from './define.js';

export interface CaseSummary {
  id: string;
  path: string;
  title: string;
  description: string;
  tlp: Tlp;
  readOnly: boolean;
  /** Why a case opened for editing is read-only (read-only media), when it is. */
  readOnlyReason?: string;
  isSample: boolean;
  modifiedAt: string;
  counts: { documents: number; entities: number; links: number; events: number; mentions: number };
}

const casePath = z.string().min(1).max(4096);

export const caseMethods = {
  /** The open case, or null on the start screen. */
  'case:current': method(noArgs, returns<CaseSummary | null>()),
  'case:open': method(
    z.object({ path: casePath, readOnly: z.boolean().default(false) }).strict(),
    returns<CaseSummary>(),
  ),
  /** Creates a case; without a path it goes into the cases folder under a name made from the title. */
  'case:create': method(
    z
      .object({ title: z.string().trim().min(1).max(200), path: casePath.optional(), tlp: tlp.default('TLP:AMBER') })
      .strict(),
    returns<CaseSummary>(),
  ),
  /** Opens the bundled sample case, building it from its sources on first use. */
  'case:open-sample': method(noArgs, returns<CaseSummary>()),
  'case:close': method(noArgs, returns<null>()),
  'case:set-meta': method(
    z
      .object({
        title: z.string().trim().min(1).max(200).optional(),
        description: z.string().max(10_000).optional(),
        tlp: tlp.optional(),
      })
      .strict(),
    returns<CaseSummary>(),
  ),
};
