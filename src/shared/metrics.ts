/**
 * The metric definitions (DESIGN.md "Metrics"), one implementation used by the API, exports and
 * the dashboard. Inputs are counts, so the same functions serve raw rows and rollups.
 */
export type NpsCounts = { n: number; promoters: number; detractors: number };
export type ScaleCounts = { n: number; sum: number; top: number };

/** Below this many answers, or with a 95% interval wider than ±20 points, a figure is "too few answers". */
export const MIN_N = 10;
export const MAX_HALF_WIDTH = 20;

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export type NpsFigure = {
  value: number | null;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  ci95: [number, number] | null;
  tooFew: boolean;
};

/** NPS = % promoters (9–10) − % detractors (0–6); se = sqrt((p + d − (p − d)²) / n) × 100. */
export function nps(c: NpsCounts): NpsFigure {
  const passives = c.n - c.promoters - c.detractors;
  if (c.n === 0) return { value: null, n: 0, promoters: 0, passives: 0, detractors: 0, ci95: null, tooFew: true };
  const p = c.promoters / c.n;
  const d = c.detractors / c.n;
  const value = (p - d) * 100;
  const se = Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / c.n) * 100;
  const half = 1.96 * se;
  return {
    value: round1(value),
    n: c.n,
    promoters: c.promoters,
    passives,
    detractors: c.detractors,
    ci95: [round1(clamp(value - half, -100, 100)), round1(clamp(value + half, -100, 100))],
    tooFew: c.n < MIN_N || half > MAX_HALF_WIDTH,
  };
}

export type ShareFigure = {
  value: number | null;
  mean: number | null;
  n: number;
  ci95: [number, number] | null;
  tooFew: boolean;
};

function share(c: ScaleCounts): ShareFigure {
  if (c.n === 0) return { value: null, mean: null, n: 0, ci95: null, tooFew: true };
  const p = c.top / c.n;
  const half = 1.96 * Math.sqrt((p * (1 - p)) / c.n) * 100;
  return {
    value: round1(p * 100),
    mean: Math.round((c.sum / c.n) * 100) / 100,
    n: c.n,
    ci95: [round1(clamp(p * 100 - half, 0, 100)), round1(clamp(p * 100 + half, 0, 100))],
    tooFew: c.n < MIN_N || half > MAX_HALF_WIDTH,
  };
}

/** CSAT = % of answers 4–5 on 1–5 (`top` counts those), with the mean. */
export const csat = (c: ScaleCounts): ShareFigure => share(c);

/** CES = mean on 1–7, with the % of 5–7 (`top` counts those) as `value`. */
export const ces = (c: ScaleCounts): ShareFigure => share(c);

/** Word-of-mouth balance = % promoters − k × % detractors (k = 2 by default). */
export function wom(c: NpsCounts, k = 2): { value: number | null; k: number } {
  if (c.n === 0) return { value: null, k };
  return { value: round1(((c.promoters - k * c.detractors) / c.n) * 100), k };
}

/**
 * The bands, defined here only (DESIGN.md "Metrics"): NPS promoters answer 9–10, passives 7–8,
 * detractors 0–6; a CSAT answer counts as satisfied at 4–5 of 1–5; a CES answer as easy at 5–7 of
 * 1–7. Code uses the functions below, SQL the fragments built from the same numbers.
 */
export const BANDS = { promoterFrom: 9, passiveFrom: 7, csatTopFrom: 4, cesTopFrom: 5 } as const;

export type NpsBand = 'promoter' | 'passive' | 'detractor';
export const npsBand = (score: number): NpsBand =>
  score >= BANDS.promoterFrom ? 'promoter' : score >= BANDS.passiveFrom ? 'passive' : 'detractor';

/**
 * SQL conditions on a score column (`column` is a column reference written by the caller, never
 * user input), so rollups, raw counts and reports classify answers exactly as npsBand does.
 */
export const bandSql = {
  promoter: (column: string) => `${column} >= ${BANDS.promoterFrom}`,
  passive: (column: string) => `${column} between ${BANDS.passiveFrom} and ${BANDS.promoterFrom - 1}`,
  detractor: (column: string) => `${column} < ${BANDS.passiveFrom}`,
  /** Not a detractor: a recovered customer's follow-up answer. */
  notDetractor: (column: string) => `${column} >= ${BANDS.passiveFrom}`,
  csatTop: (column: string) => `${column} >= ${BANDS.csatTopFrom}`,
  cesTop: (column: string) => `${column} >= ${BANDS.cesTopFrom}`,
  /** The band's name ('promoter', 'passive', 'detractor') of an NPS column. */
  npsBand: (column: string) =>
    `case when ${column} >= ${BANDS.promoterFrom} then 'promoter' when ${column} >= ${BANDS.passiveFrom} then 'passive' else 'detractor' end`,
};
