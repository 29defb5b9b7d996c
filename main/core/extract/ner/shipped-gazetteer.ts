import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsDir } from '../../assets-dir.js';
import nlp from 'compromise';
import { compiledGazetteerClass, gazetteerWordFlags, isEverydayWord } from '../gazetteer.js';
import type { GazetteerLookup } from './gazetteer-lookup.js';
import { loadWordClusters } from './word-clusters.js';

/** Look-ups remembered per word; cleared when full so memory stays bounded on huge inputs. */
const CACHE_LIMIT = 200_000;

/**
 * The compiled gazetteer as the tagger sees it, with an id (a digest of the compiled file) that
 * training records in the model header. Training and `loadTagger()` both use this, so the
 * features a model was trained on are the features it sees.
 */
export function shippedGazetteer(clustersFile?: string): { lookup: GazetteerLookup; id: () => string } {
  const cache = new Map<string, number>();
  const wordFlags = (word: string): number => {
    let f = cache.get(word);
    if (f !== undefined) return f;
    f = gazetteerWordFlags(word);
    // The gazetteer flags the parts of hyphenated names ("Gorno-Badakhshan"), not the whole.
    if (f === 0 && word.includes('-')) for (const part of word.split('-')) if (part) f |= gazetteerWordFlags(part);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, f);
    return f;
  };
  const lexicon = compromiseLexicon();
  const wordClass = (lower: string): string | null => lexicon.get(lower) ?? null;
  const clusters = loadWordClusters(clustersFile);
  return {
    lookup: {
      wordFlags,
      phraseClass: compiledGazetteerClass,
      wordClass,
      isEveryday: isEverydayWord,
      cluster: clusters.of,
    },
    // Only training needs the id, so tagging never pays for hashing the gazetteer file.
    id: () => {
      const digest = createHash('sha256')
        .update(readFileSync(join(assetsDir(), 'gazetteer', 'gazetteer.json.gz')))
        .digest('hex');
      return `gazetteer-${digest.slice(0, 12)}+compromise-lexicon-${lexicon.size}+${clusters.id}`;
    },
  };
}

/** compromise's word list, single words only, each with its first tag: a cheap word class. */
function compromiseLexicon(): Map<string, string> {
  const raw = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const out = new Map<string, string>();
  for (const k in raw) {
    if (k.includes(' ')) continue;
    const v = raw[k]!;
    out.set(k, Array.isArray(v) ? v.join('+') : v);
  }
  return out;
}
