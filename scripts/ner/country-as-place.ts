import { countryCode } from '../../main/core/extract/gazetteer.js';
import type { TagSpan } from './bio.js';

/**
 * re3d and UNER call a country acting ("Russia pressed …", "China considered …") an
 * organisation; Wikipedia's set, and the news analysts read, call a country a place whatever it
 * does. (The tweets' "Brazil beat Croatia" means the football teams and stays ORG.)
 */
export function countryAsPlace(tokens: readonly string[], span: TagSpan): TagSpan {
  if (span.type !== 'ORG' || countryCode(tokens.slice(span.start, span.end).join(' ')) === null) return span;
  return { ...span, type: 'LOC' };
}
