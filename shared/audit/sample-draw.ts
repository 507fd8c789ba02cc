// The sample of an audited lot: a simple random sample (ISO 2859-1 clause 8), drawn from a recorded seed so that
// anyone can draw it again, on any machine, and see that the supervisor checked the items chance chose.
//
// The generator is Mulberry32, by Tommy Ettinger, public domain
// (gist.github.com/tommyettinger/46a874533244883189143505d203312c): one 32-bit word of state and only Math.imul,
// shifts and xors, which every JavaScript engine computes the same. Its 2^32 seeds cannot reach every sample of a
// large lot, which costs an audit nothing: what matters is that the supervisor cannot pick the items.
// The draw is Durstenfeld's partial Fisher–Yates shuffle (CACM 7(7), 1964, Algorithm 235; Knuth, TAOCP vol. 2,
// 3.4.2 Algorithm P) over the lot's ids in code-unit order, so the order the caller lists them in does not matter.

/** Fills the array with random words, as Web Crypto's `getRandomValues` does; shared/ has no randomness of its own. */
export type RandomSource = (array: Uint32Array) => unknown;

const seedPattern = /^[0-9a-f]{8}$/i;

/** A seed as it is recorded: 8 hexadecimal digits, one 32-bit word. */
export function isSampleSeed(seed: string): boolean {
  return seedPattern.test(seed);
}

export function newSampleSeed(random: RandomSource): string {
  const word = new Uint32Array(1);
  random(word);
  return (word[0] ?? 0).toString(16).padStart(8, '0');
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let z = Math.imul(state ^ (state >>> 15), state | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
}

const wordRange = 2 ** 32;

// Rejection rather than a bare modulo, whose low remainders would come up slightly more often.
function below(bound: number, next: () => number): number {
  const limit = wordRange - (wordRange % bound);
  for (;;) {
    const word = next();
    if (word < limit) return word % bound;
  }
}

/**
 * `size` ids drawn without replacement from the lot (a set: a repeated id counts once), in the order drawn; the whole
 * lot, in id order, when `size` is the lot's size or more.
 */
export function drawSample(lot: readonly string[], size: number, seed: string): string[] {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`A sample size is a whole number of 0 or more, not ${size}.`);
  if (!isSampleSeed(seed)) throw new RangeError(`A sample seed is 8 hexadecimal digits, not "${seed}".`);
  const ids = [...new Set(lot)].sort();
  if (size >= ids.length) return ids;
  const next = mulberry32(Number.parseInt(seed, 16));
  for (let drawn = 0; drawn < size; drawn += 1) {
    const pick = drawn + below(ids.length - drawn, next);
    [ids[drawn], ids[pick]] = [ids[pick] as string, ids[drawn] as string];
  }
  return ids.slice(0, size);
}
