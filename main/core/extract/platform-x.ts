import { grownTo, nameAt, withFound } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/** Networks whose name beside X in a list says what X is. */
const NETWORKS = 'TikTok|Facebook|Instagram|YouTube|Telegram|WhatsApp|Threads|Bluesky|Reddit';
/**
 * What says the letter X is the social network: "social network X", "a post on X", "X, formerly
 * Twitter", "on TikTok and X", "Facebook, YouTube, X and …".
 */
const X_CUE = new RegExp(
  String.raw`\b(?:(?:${NETWORKS}),?\s+(?:and|or)\s+X(?![\p{L}\p{N}-])|(?:${NETWORKS}),\s+X(?:,|\s+(?:and|or)\b)|` +
    String.raw`(?:social\s+(?:media|network)|platform|site|app|company)\s+X(?![\p{L}\p{N}-])|(?:on|via)\s+X(?![\p{L}\p{N}-])(?!\s+\p{Lu})|(?<![\p{L}\p{N}-])X['’]s\s+\p{Ll}|(?<![\p{L}\p{N}-])X,?\s+(?:formerly|previously)\s+(?:known\s+as\s+)?Twitter)`,
  'u',
);
/** The letter alone: not "X-ray", "Malcolm X", "Generation X", "Section X" or "X Æ A-12". */
const X_ALONE = /(?<![\p{L}\p{N}\-.])X(?![\p{L}\p{N}-])(?!\.\p{L})(?!\s+Æ)/gu;
/** "… congratulated them on X.": a full stop after X only where the network is named so (elsewhere "X." may be an initial). */
const BEFORE_X_AT_END = /\b(?:on|via|platform|network|app)\s+$/;
const NOT_BEFORE_X =
  /(?:Malcolm|Generation|Gen|Section|Article|Chapter|Part|Phase|Model|Windows|Mac\s+OS|Planet|Project|Space|Brand|Mr|Ms|Mrs)\s+$/;

/**
 * The social network X, in every mention, where the text says that is what X is. One capital
 * letter says nothing alone (the tagger never takes it for a name), so the cue must be there.
 */
export function findPlatformX(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  if (!X_CUE.test(text)) return entities;
  const found: ExtractedEntity[] = [];
  // "… his release on X. Durov, 39, moved …": the full stop ends the sentence, so the name the
  // tagger read with "X." as an initial is the network and the next sentence's name.
  const split = entities.flatMap((e) => {
    if (!/^X\. \p{Lu}/u.test(e.text) || !BEFORE_X_AT_END.test(text.slice(Math.max(0, e.start - 12), e.start)))
      return [e];
    return [nameAt(text, e.start, e.start + 1, 'organization'), grownTo(text, e, e.start + 3, e.end)];
  });
  for (const m of text.matchAll(X_ALONE)) {
    const start = m.index;
    if (NOT_BEFORE_X.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (text[start + 1] === '.' && !BEFORE_X_AT_END.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (split.some((e) => e.start < start + 1 && start < e.end)) continue;
    found.push(nameAt(text, start, start + 1, 'organization'));
  }
  return withFound(split, found);
}
