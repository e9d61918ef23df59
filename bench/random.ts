/**
 * Seeded randomness for the benchmark corpus: mulberry32, a 32-bit generator of a few
 * lines that is fast and spreads well enough for made-up text. Seeding by article
 * number makes every article its own stream, the same whatever order they are written.
 */

/** A draw in [0, 1). */
export type Random = () => number;

/** The mulberry32 generator for `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One of `items`, each as likely. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` different indices below `length`, by a partial Fisher–Yates shuffle. */
export function sampleIndices(random: Random, length: number, count: number): number[] {
  const indices = Array.from({ length }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (length - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, count);
}

/**
 * Ranks below `count` drawn as Zipf's law has them: rank k (0-based) with a weight of
 * 1 / (k + 1). A few ranks are drawn very often, most rarely: a newsroom's topics.
 */
export function zipf(count: number): (random: Random) => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < count; k++) cumulative.push((sum += 1 / (k + 1)));
  return (random) => {
    const target = random() * sum;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A log-normal draw with the given median and spread (σ of its logarithm), by Box–Muller. */
export function logNormal(random: Random, median: number, sigma: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * normal);
}
