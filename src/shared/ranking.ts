/** A figure that can be ranked: a breakdown item (location, staff member …) with its n and "too few" flag. */
export type Ranked = {
  key: string;
  label: string | null;
  value: number | null;
  n: number;
  tooFew?: boolean;
  ci95?: [number, number] | null;
};

/**
 * Best and worst by score. Only figures with enough answers are ranked (a 100 from two answers is
 * not "best"); the rest are counted underneath. With few items the two lists never overlap.
 * Shared by the dashboard and its PDF, so both name the same best and worst.
 */
export function bestWorst<T extends Ranked>(items: T[], size = 3): { best: T[]; worst: T[]; unranked: T[] } {
  const ranked = items.filter((i) => !i.tooFew && i.value !== null).sort((a, b) => b.value! - a.value! || b.n - a.n);
  const nBest = Math.min(size, Math.ceil(ranked.length / 2));
  const nWorst = Math.min(size, ranked.length - nBest);
  return {
    best: ranked.slice(0, nBest),
    worst: ranked.slice(ranked.length - nWorst).reverse(),
    unranked: items.filter((i) => i.tooFew || i.value === null),
  };
}
