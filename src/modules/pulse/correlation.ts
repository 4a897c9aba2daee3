/** Pearson's r, drawn only with at least 5 locations (fewer make a line out of noise). */
export const CORRELATION_MIN_LOCATIONS = 5;
export function correlation(pairs: readonly (readonly [number | null, number | null])[]): number | null {
  const xy = pairs.filter((p): p is [number, number] => p[0] !== null && p[1] !== null);
  if (xy.length < CORRELATION_MIN_LOCATIONS) return null;
  const mx = xy.reduce((s, [x]) => s + x, 0) / xy.length;
  const my = xy.reduce((s, [, y]) => s + y, 0) / xy.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of xy) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return sxx && syy ? Math.round((sxy / Math.sqrt(sxx * syy)) * 100) / 100 : null;
}
