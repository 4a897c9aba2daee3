/**
 * Driver analysis: how much each touchpoint's score explains a customer's overall NPS score.
 *
 * Method: Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the
 * relative weight of predictor variables in multiple regression"). The predictors are replaced by
 * their closest orthogonal counterparts Z (from the eigen decomposition of their correlation matrix
 * R = V Λ Vᵀ, Λ* = V Λ^½ Vᵀ), the outcome is regressed on Z (β = Λ*⁻¹ r_xy) and each predictor's
 * weight is Σ_k Λ*_jk² β_k². The weights are non-negative and sum exactly to the model's R², so
 * "importance" reads as the share of NPS variance each touchpoint explains.
 *
 * Why not Shapley regression: it fits 2^p regressions (a clinic with 12 touchpoints: 4,096), and
 * with pairwise-complete data each subset needs its own consistent correlation matrix; relative
 * weights need one p×p eigen decomposition, agree with Shapley to within a few percent in the
 * literature, and stay cheap for the ≤ 30 touchpoints an organisation has.
 *
 * Missing values: a customer rarely rates every touchpoint. Correlations are pairwise-complete
 * (each r from the customers who rated both), each touchpoint reports the n it rests on, and a
 * touchpoint rated by fewer than MIN_TOUCHPOINT_N customers is left out of the model (listed with
 * importance null). Pairwise-complete correlations need not be mutually consistent (the joint
 * matrix of touchpoints and outcome can be indefinite, which would give R² far above 1), so the
 * joint matrix is first projected onto the nearest positive-definite correlation matrix
 * (eigenvalues clipped, unit diagonal restored); then R² ≤ 1 holds and the weights stay finite.
 *
 * Cases are customer-months (drivers.repo.ts): the overall answer and the touchpoint scores a
 * customer gave in the same local month, which keeps the pair close in time and lets the pairwise
 * statistics be kept incrementally per month (drivers-rollup.ts). Cost: a few thousand rollup rows
 * per call (was a customer × touchpoint self-join over the responses: 2–8 s at 1M responses).
 */

/** Sufficient statistics of one pair of variables over the cases where both are present. */
export type PairStats = { n: number; sx: number; sy: number; sxx: number; syy: number; sxy: number };

export const MIN_TOUCHPOINT_N = 10;
/** Below this many cases (customer-months) with an overall answer and at least one touchpoint score, the model is "too few". */
export const MIN_MODEL_N = 30;
const EIGEN_FLOOR = 1e-6;

export function correlation(s: PairStats): number | null {
  if (s.n < 3) return null;
  const vx = s.n * s.sxx - s.sx * s.sx;
  const vy = s.n * s.syy - s.sy * s.sy;
  if (vx <= 1e-12 || vy <= 1e-12) return null;
  return Math.max(-1, Math.min(1, (s.n * s.sxy - s.sx * s.sy) / Math.sqrt(vx * vy)));
}

/** Pairwise-complete statistics from a data matrix with nulls (rows = cases, columns = variables). Used by tests and small inputs. */
export function pairStats(rows: (number | null)[][]): PairStats[][] {
  const p = rows[0]?.length ?? 0;
  const out: PairStats[][] = Array.from({ length: p }, () =>
    Array.from({ length: p }, () => ({ n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 })),
  );
  for (const row of rows)
    for (let i = 0; i < p; i++) {
      const x = row[i];
      if (x === null || x === undefined) continue;
      for (let j = 0; j < p; j++) {
        const y = row[j];
        if (y === null || y === undefined) continue;
        const s = out[i]![j]!;
        s.n++;
        s.sx += x;
        s.sy += y;
        s.sxx += x * x;
        s.syy += y * y;
        s.sxy += x * y;
      }
    }
  return out;
}

/** Eigen decomposition of a symmetric matrix by cyclic Jacobi rotations: A = V diag(values) Vᵀ (columns of V are the vectors). */
export function jacobiEigen(matrix: number[][], maxSweeps = 100): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((r) => [...r]);
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i]![j]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: a.map((r, i) => r[i]!), vectors: v };
}

/**
 * Johnson's relative weights from the predictors' correlation matrix `rxx` and their correlations
 * with the outcome `rxy`. Returns one weight per predictor and R² (= their sum).
 */
export function relativeWeights(rxx: number[][], rxy: number[]): { weights: number[]; r2: number } {
  const p = rxy.length;
  if (p === 0) return { weights: [], r2: 0 };
  const { values, vectors: V } = jacobiEigen(rxx);
  const sqrt = values.map((l) => Math.sqrt(Math.max(l, EIGEN_FLOOR)));
  // Λ* = V diag(√λ) Vᵀ and its inverse V diag(1/√λ) Vᵀ.
  const lam: number[][] = [];
  const lamInv: number[][] = [];
  for (let i = 0; i < p; i++) {
    lam.push([]);
    lamInv.push([]);
    for (let j = 0; j < p; j++) {
      let s = 0;
      let si = 0;
      for (let k = 0; k < p; k++) {
        const vv = V[i]![k]! * V[j]![k]!;
        s += vv * sqrt[k]!;
        si += vv / sqrt[k]!;
      }
      lam[i]!.push(s);
      lamInv[i]!.push(si);
    }
  }
  const beta = lamInv.map((row) => row.reduce((acc, x, k) => acc + x * rxy[k]!, 0));
  const weights = lam.map((row) => row.reduce((acc, x, k) => acc + x * x * beta[k]! ** 2, 0));
  return { weights, r2: weights.reduce((a, b) => a + b, 0) };
}

/** The joint correlation matrix made positive definite with a unit diagonal (see the header). */
export function nearestCorrelation(m: number[][], floor = 1e-4): number[][] {
  const p = m.length;
  const { values, vectors: V } = jacobiEigen(m);
  const clipped = values.map((l) => Math.max(l, floor));
  const a = m.map((_, i) => m.map((__, j) => clipped.reduce((acc, l, k) => acc + V[i]![k]! * V[j]![k]! * l, 0)));
  const d = a.map((row, i) => Math.sqrt(row[i]!));
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (__, j) => (i === j ? 1 : a[i]![j]! / (d[i]! * d[j]!))),
  );
}

export type DriverInput = {
  /** Touchpoint ids, in the order of the statistics below. */
  keys: string[];
  /** stats[i][j]: pairwise statistics; index keys.length is the outcome (overall NPS, 0–10). */
  stats: PairStats[][];
  /** Cases (customer-months) with an overall answer and at least one touchpoint score. */
  n: number;
};

export type DriverItem = {
  key: string;
  importance: number | null;
  share: number | null;
  performance: number | null;
  n: number;
  tooFew: boolean;
};
export type DriverResult = { r2: number | null; n: number; tooFew: boolean; items: DriverItem[] };

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Per touchpoint: importance (its relative weight, the items' importances summing to R²), share
 * (importance / R², %), performance (mean score 0–100 among the customers who rated it) and n (customers
 * with both that touchpoint's score and an overall answer).
 */
export function driverAnalysis(input: DriverInput): DriverResult {
  const y = input.keys.length;
  const usable: number[] = [];
  const items: DriverItem[] = input.keys.map((key, i) => {
    const own = input.stats[i]![i]!;
    const withY = input.stats[i]![y]!;
    const performance = own.n ? round((own.sx / own.n) * 100, 1) : null;
    const ok = withY.n >= MIN_TOUCHPOINT_N && correlation(withY) !== null;
    if (ok) usable.push(i);
    return { key, importance: null, share: null, performance, n: withY.n, tooFew: !ok };
  });
  const tooFew = input.n < MIN_MODEL_N || usable.length === 0;
  if (usable.length === 0) return { r2: null, n: input.n, tooFew: true, items };
  const vars = [...usable, y];
  const joint = nearestCorrelation(
    vars.map((i) => vars.map((j) => (i === j ? 1 : (correlation(input.stats[i]![j]!) ?? 0)))),
  );
  const q = usable.length;
  const rxx = joint.slice(0, q).map((row) => row.slice(0, q));
  const rxy = joint.slice(0, q).map((row) => row[q]!);
  const fit = relativeWeights(rxx, rxy);
  // A consistent joint matrix keeps R² within [0, 1]; the clamp only absorbs rounding.
  const scale = fit.r2 > 1 ? 1 / fit.r2 : 1;
  const weights = fit.weights.map((w) => w * scale);
  const r2 = Math.min(1, fit.r2);
  usable.forEach((i, k) => {
    items[i]!.importance = round(weights[k]!);
    items[i]!.share = r2 > 0 ? round((weights[k]! / r2) * 100, 1) : 0;
  });
  items.sort((a, b) => (b.importance ?? -1) - (a.importance ?? -1));
  return { r2: round(r2), n: input.n, tooFew, items };
}

/** The whole local months a date range touches: first of `from`'s month, to the first of the month after the day before `to`. */
export function monthRange(range: { from: string | null; to: string | null }): {
  from: string | null;
  to: string | null;
} {
  const first = (d: string) => `${d.slice(0, 7)}-01`;
  let to: string | null = null;
  if (range.to) {
    const last = new Date(Date.parse(`${range.to.slice(0, 10)}T00:00:00Z`) - 86_400_000);
    const next = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
    to = next.toISOString().slice(0, 10);
  }
  return { from: range.from ? first(range.from) : null, to };
}
