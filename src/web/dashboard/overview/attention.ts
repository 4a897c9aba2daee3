import { endOfDayIn } from '../analytics/period.ts';

type Due = { overdue: boolean; dueAt: string; status: string };

/**
 * What to do today: overdue cases first, then those due before the organisation's day ends (in its
 * time zone, not the browser's), and new ones nobody has acted on yet.
 */
export function attentionCases<T extends Due>(cases: T[], timeZone: string, now = new Date(), max = 6): T[] {
  const end = Date.parse(endOfDayIn(timeZone, now));
  return cases
    .filter((c) => c.overdue || Date.parse(c.dueAt) < end || c.status === 'new')
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.localeCompare(b.dueAt))
    .slice(0, max);
}
