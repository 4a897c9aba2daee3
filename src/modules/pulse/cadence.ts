/** When a pulse survey's next run is due: at once for a new survey, then a calendar month or quarter after the last run. */
export function nextRunDue(cadence: 'monthly' | 'quarterly', lastOpenedAt: Date | null, createdAt: Date): Date {
  if (!lastOpenedAt) return createdAt;
  const d = new Date(lastOpenedAt);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + (cadence === 'monthly' ? 1 : 3));
  // 31 January + 1 month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}
