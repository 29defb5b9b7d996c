import { replacedByMatches } from './entity-list.js';
import type { ExtractedEntity } from './types.js';

/**
 * "The Qilin ransomware group", "the Black Basta ransomware gang": one or two capitalised words
 * (not an article: "A ransomware gang") before "ransomware" and the word for a gang name the
 * gang, an organisation. The software alone ("Qilin ransomware encrypted …") is left to the
 * tagger: its name is the gang's too.
 */
const GANG =
  /(?<![\p{L}\p{N}-])(?!(?:The|A|An|This|That|These|Those|Its|Their|Another|Each|Every|One|Our|His|Her)\b)\p{Lu}[\p{L}\p{N}.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}.-]*)?(?=[^\S\n]+ransomware[^\S\n]+(?:group|gang|crew|operation|operators|cartel)\b)/gu;

/**
 * A ransomware gang named before what it is: the tagger passes "Qilin" and "Black Basta" by
 * there. Names inside the gang's name give way to it.
 */
export function findRansomwareGangs(text: string, entities: ExtractedEntity[]): ExtractedEntity[] {
  return replacedByMatches(text, entities, GANG, 'organization');
}
