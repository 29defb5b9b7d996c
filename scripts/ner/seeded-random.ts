/** The same mulberry32 PRNG the chart layouts use, so splits, shuffles and augmentation repeat exactly. */
export { seededRandom } from '../../lib/seeded-random.js';

/** Fisher–Yates shuffle in place. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
