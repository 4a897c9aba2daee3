/** A seeded pseudo-random generator for tests' random data, so a failure can be replayed. */
export function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}
