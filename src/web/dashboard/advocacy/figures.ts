/** A share of n as a percentage with its 95% Wilson interval (sound near 0 % and 100 % and for small n). */
export type Rate = { value: number | null; n: number; ci95: [number, number] | null; tooFew: boolean };

/** Below this many, a share says more about chance than about the business. */
export const MIN_N = 10;

const round1 = (x: number) => Math.round(x * 10) / 10;

export function rate(k: number, n: number): Rate {
  if (n <= 0) return { value: null, n: 0, ci95: null, tooFew: true };
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return {
    value: round1(p * 100),
    n,
    ci95: [round1(Math.max(0, centre - half) * 100), round1(Math.min(1, centre + half) * 100)],
    tooFew: n < MIN_N,
  };
}

/** "2026-05" → the first day, for the chart's period formatter. */
export const monthStart = (month: string) => `${month}-01`;

/** Word-of-mouth rows (one per month and location) summed per month, as shares of new customers. */
export function shareByMonth(rows: { month: string; newCustomers: number; referred: number }[]) {
  const months = new Map<string, { n: number; k: number }>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { n: 0, k: 0 };
    months.set(r.month, { n: m.n + r.newCustomers, k: m.k + r.referred });
  }
  return [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, c]) => ({ month, ...rate(c.k, c.n) }));
}
