import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { assetsDir } from '../../assets-dir.js';

/** A word's cluster at three granularities, as short ids ("417", "93", "12"). */
export interface WordCluster {
  fine: string;
  middle: string;
  coarse: string;
}

export interface WordClusters {
  /** The clusters of a lower-case word, or null for a word outside the list. */
  of(lower: string): WordCluster | null;
  /** A digest of the cluster file, recorded in the models trained with it. */
  id: string;
}

export const NO_CLUSTERS: WordClusters = { of: () => null, id: 'none' };

/**
 * Reads `assets/models/word-clusters.txt.gz` (made by `npm run build:clusters`): one line per
 * fine cluster, "<coarse> <middle> word word …". With no file, every word is outside the list.
 */
export function loadWordClusters(file: string = join(assetsDir(), 'models', 'word-clusters.txt.gz')): WordClusters {
  if (!existsSync(file)) return NO_CLUSTERS;
  const gz = readFileSync(file);
  const map = new Map<string, WordCluster>();
  gunzipSync(gz)
    .toString('utf8')
    .split('\n')
    .forEach((line, fine) => {
      const parts = line.split(' ');
      if (parts.length < 3) return;
      const cluster: WordCluster = { fine: String(fine), middle: parts[1]!, coarse: parts[0]! };
      for (let i = 2; i < parts.length; i++) map.set(parts[i]!, cluster);
    });
  const id = `clusters-${createHash('sha256').update(gz).digest('hex').slice(0, 12)}`;
  return { of: (lower) => map.get(lower) ?? null, id };
}
