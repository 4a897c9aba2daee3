/**
 * Retention economics, the pure parts (DESIGN.md "Metrics"): RFM quintiles and segments, cohort
 * tables, repeat rates. A **purchase** is an interaction of a known customer with revenue > 0.
 */
import { MIN_N } from '../../shared/metrics.ts';
import { CUSTOMER_SEGMENTS, SEGMENTS, type CustomerSegment, type Segment } from '../../shared/domain.ts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Quintile scores 1–5 of `values` (5 = best). Ties share a score: a value's score comes from the
 * rank of its first occurrence in ascending order, score = ⌊5 × (rank − 1) / n⌋ + 1 — the same
 * formula the SQL uses with rank(). With `lowerIsBetter` (recency in days) the order is reversed.
 */
export function quintiles(values: number[], lowerIsBetter = false): number[] {
  const n = values.length;
  const keyed = values.map((v) => (lowerIsBetter ? -v : v));
  const sorted = [...keyed].sort((a, b) => a - b);
  const firstRank = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstRank.has(v)) firstRank.set(v, i + 1);
  });
  return keyed.map((v) => Math.floor((5 * (firstRank.get(v)! - 1)) / n) + 1);
}

export { CUSTOMER_SEGMENTS, SEGMENTS, type CustomerSegment, type Segment };

/**
 * Named RFM segments from the recency (R), frequency (F) and monetary (M) quintiles, first rule
 * that matches wins; every (R, F, M) falls in exactly one segment:
 *
 * | segment              | rule                         | reads as                                      |
 * | -------------------- | ---------------------------- | --------------------------------------------- |
 * | champions            | R ≥ 4, F ≥ 4, M ≥ 4          | bought recently, often, and spend the most     |
 * | can't lose           | R ≤ 2, F ≥ 4, M ≥ 4          | were among the best, have not come back        |
 * | at risk              | R ≤ 2, F ≥ 3                 | used to buy often, gone quiet                  |
 * | loyal                | R ≥ 3, F ≥ 4                 | buy often, recently enough                     |
 * | new                  | R ≥ 4, F = 1                 | first purchase, recently                       |
 * | potential loyalists  | R ≥ 3, F ≤ 3                 | recent, a few purchases: could become loyal    |
 * | hibernating          | R = 2, F ≤ 2                 | few purchases, a while ago                     |
 * | lost                 | R = 1, F ≤ 2                 | few purchases, long ago                        |
 */
export function segmentOf(r: number, f: number, m: number): Segment {
  if (r >= 4 && f >= 4 && m >= 4) return 'champions';
  if (r <= 2 && f >= 4 && m >= 4) return 'cant_lose';
  if (r <= 2 && f >= 3) return 'at_risk';
  if (r >= 3 && f >= 4) return 'loyal';
  if (r >= 4 && f === 1) return 'new';
  if (r >= 3) return 'potential_loyalists';
  if (r === 2) return 'hibernating';
  return 'lost';
}

/** segmentOf for every (R, F, M) in 1–5, at index (R − 1) × 25 + (F − 1) × 5 + (M − 1): the SQL looks segments up here, so both sides agree by construction. */
export const SEGMENT_TABLE: Segment[] = Array.from({ length: 125 }, (_, i) =>
  segmentOf(Math.floor(i / 25) + 1, (Math.floor(i / 5) % 5) + 1, (i % 5) + 1),
);

/** A share with its n, 95% interval and the shared "too few" rule. */
export function rate(
  hits: number,
  n: number,
): { value: number | null; hits: number; n: number; ci95: [number, number] | null; tooFew: boolean } {
  if (n === 0) return { value: null, hits: 0, n: 0, ci95: null, tooFew: true };
  const p = hits / n;
  const half = 1.96 * Math.sqrt((p * (1 - p)) / n) * 100;
  return {
    value: round1(p * 100),
    hits,
    n,
    ci95: [round1(Math.max(0, p * 100 - half)), round1(Math.min(100, p * 100 + half))],
    tooFew: n < MIN_N || half > 20,
  };
}

/** The local calendar month (YYYY-MM) an instant falls in, in an IANA time zone. */
export function localMonth(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** Months from `a` to `b` (YYYY-MM), e.g. 2025-11 → 2026-02 is 3. */
export const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

export const addMonths = (m: string, k: number) => {
  const total = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + k;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
};

/** Active customers per (cohort, group, k): k = months after the cohort month (k = 0 is the cohort's size). */
export type CohortCell = { cohort: string; group: string; k: number; customers: number };
export type CohortRow = {
  cohort: string;
  group: string;
  size: number;
  retention: { k: number; customers: number; pct: number | null }[];
};

/**
 * Cohort table: for each cohort (month of first purchase) and group, the % of its customers with a
 * purchase in month k, for k = 0 … (months elapsed until `currentMonth`), zeros filled in. Month
 * k = 0 is 100% by definition; the current month is included but still running.
 */
export function cohortTable(cells: CohortCell[], currentMonth: string): CohortRow[] {
  const byKey = new Map<string, CohortRow>();
  for (const c of cells) {
    const key = `${c.cohort}\u0000${c.group}`;
    let row = byKey.get(key);
    if (!row) {
      const span = Math.max(0, monthsBetween(c.cohort, currentMonth));
      row = {
        cohort: c.cohort,
        group: c.group,
        size: 0,
        retention: Array.from({ length: span + 1 }, (_, k) => ({ k, customers: 0, pct: null })),
      };
      byKey.set(key, row);
    }
    if (c.k === 0) row.size = c.customers;
    const cell = row.retention[c.k];
    if (cell) cell.customers = c.customers;
  }
  const rows = [...byKey.values()];
  for (const row of rows)
    for (const cell of row.retention) cell.pct = row.size ? round1((cell.customers / row.size) * 100) : null;
  return rows.sort((a, b) => a.cohort.localeCompare(b.cohort) || a.group.localeCompare(b.group));
}
