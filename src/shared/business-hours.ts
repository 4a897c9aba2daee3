/**
 * Business-hours arithmetic for case due times, in a location's own time zone. Pure: the calendar
 * (weekly opening hours and holidays) comes in as data.
 */
import { localDate, wallTime, zonedToInstant } from './time-zone.ts';

export type Calendar = {
  timeZone: string;
  /** Opening hours per ISO weekday (1 = Monday … 7 = Sunday) as minutes after local midnight; absent = closed. */
  week: Partial<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, { open: number; close: number }>>;
  /** Local dates (YYYY-MM-DD) when the business is closed. */
  holidays: string[];
};

export type Sla = { amount: number; unit: 'hours' | 'business_hours' | 'business_days' };

export const DEFAULT_WEEK: Calendar['week'] = {
  1: { open: 9 * 60, close: 18 * 60 },
  2: { open: 9 * 60, close: 18 * 60 },
  3: { open: 9 * 60, close: 18 * 60 },
  4: { open: 9 * 60, close: 18 * 60 },
  5: { open: 9 * 60, close: 18 * 60 },
};

type Local = { date: string; weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; minutes: number };

const WEEKDAYS: Local['weekday'][] = [7, 1, 2, 3, 4, 5, 6];

export function toLocal(instant: Date, timeZone: string): Local & { seconds: number } {
  const w = wallTime(instant, timeZone);
  const date = localDate(instant, timeZone);
  return {
    date,
    weekday: WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()]!,
    minutes: w.hour * 60 + w.minute,
    seconds: w.second,
  };
}

/** The instant at local `date` + `minutes` in the zone (see zonedToInstant for DST changes). */
export function fromLocal(date: string, minutes: number, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedToInstant({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone);
}

function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function weekdayOf(date: string): Local['weekday'] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return (js === 0 ? 7 : js) as Local['weekday'];
}

function hoursOn(calendar: Calendar, date: string): { open: number; close: number } | undefined {
  if (calendar.holidays.includes(date)) return undefined;
  const h = calendar.week[weekdayOf(date)];
  return h && h.close > h.open ? h : undefined;
}

function assertOpenSometimes(calendar: Calendar): void {
  if (!Object.values(calendar.week).some((h) => h && h.close > h.open))
    throw new Error('The calendar has no opening hours');
}

/** Adds working minutes: time outside opening hours, weekends and holidays does not count. */
export function addBusinessMinutes(start: Date, minutes: number, calendar: Calendar): Date {
  assertOpenSometimes(calendar);
  const local = toLocal(start, calendar.timeZone);
  let date = local.date;
  let at = local.minutes + local.seconds / 60;
  let left = minutes;
  for (let guard = 0; guard < 3660; guard++) {
    const h = hoursOn(calendar, date);
    if (h) {
      const from = Math.max(at, h.open);
      if (from < h.close) {
        const available = h.close - from;
        if (left <= available) return fromLocal(date, Math.round(from + left), calendar.timeZone);
        left -= available;
      }
    }
    date = nextDate(date);
    at = 0;
  }
  throw new Error('Business time beyond ten years');
}

/** The next business day's same local time (or its opening, if the time is outside its hours). */
export function addBusinessDays(start: Date, days: number, calendar: Calendar): Date {
  assertOpenSometimes(calendar);
  const local = toLocal(start, calendar.timeZone);
  let date = local.date;
  let count = 0;
  for (let guard = 0; guard < 3660 && count < days; guard++) {
    date = nextDate(date);
    if (hoursOn(calendar, date)) count++;
  }
  const h = hoursOn(calendar, date) ?? { open: local.minutes, close: local.minutes + 1 };
  const minutes = Math.min(Math.max(local.minutes, h.open), h.close);
  return fromLocal(date, minutes, calendar.timeZone);
}

export function dueAt(openedAt: Date, sla: Sla, calendar: Calendar): Date {
  switch (sla.unit) {
    case 'hours':
      return new Date(openedAt.getTime() + sla.amount * 3600_000);
    case 'business_hours':
      return addBusinessMinutes(openedAt, sla.amount * 60, calendar);
    case 'business_days':
      return addBusinessDays(openedAt, sla.amount, calendar);
  }
}
