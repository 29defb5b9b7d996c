import { DossierError } from '../errors.js';
import { TLP_LEVELS, type Tlp } from '../../../lib/vocabulary/index.js';

/** Accepts "amber", "TLP:AMBER", "tlp:amber+strict", and TLP 1.0's "WHITE" (now CLEAR). */
export function parseTlp(text: string): Tlp {
  let t = text.trim().toUpperCase();
  if (!t.startsWith('TLP:')) t = `TLP:${t}`;
  if (t === 'TLP:WHITE') t = 'TLP:CLEAR';
  const found = TLP_LEVELS.find((l) => l === t);
  if (!found)
    throw new DossierError('invalid-argument', `"${text}" is not a TLP marking (one of ${TLP_LEVELS.join(', ')})`);
  return found;
}

/** Negative, zero or positive as `a` is less, equally or more restrictive than `b`. */
export function compareTlp(a: Tlp, b: Tlp): number {
  return TLP_LEVELS.indexOf(a) - TLP_LEVELS.indexOf(b);
}
