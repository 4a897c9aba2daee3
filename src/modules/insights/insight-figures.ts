/** The idea engine's figures, from the posts themselves (every figure a direct count of rows). */
export type FigurePost = {
  locationId: string | null;
  createdAt: Date;
  outcomeAt: Date | null;
  status: string;
  kind: string;
  touchpointId: string | null;
};

const DAY = 86_400_000;
export const TOLD_BACK_DAYS = 30;

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Insights per 10 staff at each location (a location without staff has no rate). */
export function perTenStaff(posts: readonly FigurePost[], staffByLocation: ReadonlyMap<string, number>) {
  return [...staffByLocation].map(([locationId, staff]) => {
    const n = posts.filter((p) => p.locationId === locationId).length;
    return { locationId, insights: n, staff, per10: staff > 0 ? round1((n / staff) * 10) : null };
  });
}

/**
 * Of the posts at least 30 days old or already closed, the share whose outcome was told within 30
 * days; and the median days from post to outcome.
 */
export function outcomeFigures(posts: readonly FigurePost[], now: Date) {
  const due = posts.filter((p) => p.outcomeAt || now.getTime() - p.createdAt.getTime() >= TOLD_BACK_DAYS * DAY);
  const inTime = due.filter(
    (p) => p.outcomeAt && p.outcomeAt.getTime() - p.createdAt.getTime() <= TOLD_BACK_DAYS * DAY,
  );
  const days = posts.filter((p) => p.outcomeAt).map((p) => (p.outcomeAt!.getTime() - p.createdAt.getTime()) / DAY);
  const med = median(days);
  return {
    due: due.length,
    toldWithin30: inTime.length,
    shareToldWithin30: due.length ? round1((inTime.length / due.length) * 100) : null,
    medianDaysToOutcome: med === null ? null : round1(med),
  };
}

/** Irritants counted per touchpoint, most first. */
export function topIrritants(posts: readonly FigurePost[], limit = 5) {
  const counts = new Map<string, number>();
  for (const p of posts)
    if (p.kind === 'irritant' && p.touchpointId && p.status !== 'duplicate')
      counts.set(p.touchpointId, (counts.get(p.touchpointId) ?? 0) + 1);
  return [...counts]
    .sort(([ka, a], [kb, b]) => b - a || ka.localeCompare(kb))
    .slice(0, limit)
    .map(([touchpointId, irritants]) => ({ touchpointId, irritants }));
}
