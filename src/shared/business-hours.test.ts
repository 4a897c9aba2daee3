import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessMinutes,
  DEFAULT_WEEK,
  dueAt,
  fromLocal,
  toLocal,
  type Calendar,
} from './business-hours.ts';

const sofia: Calendar = { timeZone: 'Europe/Sofia', week: DEFAULT_WEEK, holidays: ['2026-03-03'] };
const iso = (d: Date) => d.toISOString();

describe('local time conversion', () => {
  it('round-trips through the zone, including DST days', () => {
    expect(iso(fromLocal('2026-01-15', 9 * 60, 'Europe/Sofia'))).toBe('2026-01-15T07:00:00.000Z'); // UTC+2
    expect(iso(fromLocal('2026-07-15', 9 * 60, 'Europe/Sofia'))).toBe('2026-07-15T06:00:00.000Z'); // UTC+3
    expect(iso(fromLocal('2026-03-29', 12 * 60, 'Europe/Sofia'))).toBe('2026-03-29T09:00:00.000Z'); // the spring-forward day
    expect(toLocal(new Date('2026-10-25T12:00:00Z'), 'Asia/Vladivostok')).toMatchObject({
      date: '2026-10-25',
      minutes: 22 * 60,
    });
  });
});

describe('business hours', () => {
  it('counts only opening hours', () => {
    // Monday 2026-03-02 17:00 Sofia + 2 business hours → 1 h on Monday, Tuesday is a holiday, 1 h on Wednesday → 10:00.
    const start = fromLocal('2026-03-02', 17 * 60, 'Europe/Sofia');
    expect(toLocal(addBusinessMinutes(start, 120, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-04',
      minutes: 10 * 60,
    });
  });

  it('starts counting at opening when opened at night or at the weekend', () => {
    const saturday = fromLocal('2026-03-07', 23 * 60, 'Europe/Sofia');
    expect(toLocal(addBusinessMinutes(saturday, 30, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-09',
      minutes: 9 * 60 + 30,
    });
  });

  it('ends exactly at closing when the hours run out there', () => {
    const morning = fromLocal('2026-03-05', 9 * 60, 'Europe/Sofia');
    expect(toLocal(addBusinessMinutes(morning, 9 * 60, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-05',
      minutes: 18 * 60,
    });
  });

  it('adds business days to the same local time, skipping weekends and holidays', () => {
    const friday = fromLocal('2026-02-27', 14 * 60 + 30, 'Europe/Sofia');
    expect(toLocal(addBusinessDays(friday, 1, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-02',
      minutes: 14 * 60 + 30,
    });
    expect(toLocal(addBusinessDays(friday, 2, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-04',
      minutes: 14 * 60 + 30,
    });
    const evening = fromLocal('2026-03-05', 21 * 60, 'Europe/Sofia');
    expect(toLocal(addBusinessDays(evening, 1, sofia), 'Europe/Sofia')).toMatchObject({
      date: '2026-03-06',
      minutes: 18 * 60,
    });
  });

  it('works across a DST change and in a far zone', () => {
    const vlad: Calendar = {
      timeZone: 'Asia/Vladivostok',
      week: { 6: { open: 10 * 60, close: 16 * 60 } },
      holidays: [],
    };
    const start = new Date('2026-03-27T23:00:00Z'); // Saturday 09:00 in Vladivostok
    expect(iso(addBusinessMinutes(start, 60, vlad))).toBe('2026-03-28T01:00:00.000Z');
    const beforeSpringForward = fromLocal('2026-03-27', 17 * 60, 'Europe/Sofia'); // Friday
    expect(
      toLocal(dueAt(beforeSpringForward, { amount: 2, unit: 'business_hours' }, sofia), 'Europe/Sofia'),
    ).toMatchObject({ date: '2026-03-30', minutes: 10 * 60 });
  });

  it('plain hours ignore the calendar; a calendar with no hours is refused', () => {
    const t = new Date('2026-03-07T10:00:00Z');
    expect(iso(dueAt(t, { amount: 24, unit: 'hours' }, sofia))).toBe('2026-03-08T10:00:00.000Z');
    expect(() => addBusinessMinutes(t, 10, { timeZone: 'UTC', week: {}, holidays: [] })).toThrow(/no opening hours/);
  });
});

/** Due times at the hours where a clock-dependent test would flip: each fixed, each asserted exactly. */
describe('due times at the hours that matter', () => {
  const sofiaWeek: Calendar = { timeZone: 'Europe/Sofia', week: DEFAULT_WEEK, holidays: [] };
  const local = (d: Date, zone = 'Europe/Sofia') => {
    const l = toLocal(d, zone);
    return `${l.date} ${String(Math.floor(l.minutes / 60)).padStart(2, '0')}:${String(l.minutes % 60).padStart(2, '0')}`;
  };
  const oneDay = { amount: 1, unit: 'business_days' } as const;
  const twoHours = { amount: 2, unit: 'business_hours' } as const;

  it("moves to the next day at midnight in the organisation's zone, not in UTC", () => {
    const beforeMidnight = fromLocal('2026-12-07', 23 * 60 + 59, 'Europe/Sofia'); // Monday; 21:59 UTC
    const afterMidnight = fromLocal('2026-12-08', 1, 'Europe/Sofia'); // Tuesday 00:01; still Monday 22:01 in UTC
    expect(iso(afterMidnight)).toBe('2026-12-07T22:01:00.000Z');
    expect(local(dueAt(beforeMidnight, oneDay, sofiaWeek))).toBe('2026-12-08 18:00'); // Tuesday, at closing
    expect(local(dueAt(afterMidnight, oneDay, sofiaWeek))).toBe('2026-12-09 09:00'); // Wednesday, at opening
    expect(local(dueAt(beforeMidnight, twoHours, sofiaWeek))).toBe('2026-12-08 11:00');
    expect(local(dueAt(afterMidnight, twoHours, sofiaWeek))).toBe('2026-12-08 11:00');
  });

  it('carries Friday evening over the weekend', () => {
    const fridayEvening = fromLocal('2026-12-11', 18 * 60 + 30, 'Europe/Sofia'); // after closing
    expect(local(dueAt(fridayEvening, oneDay, sofiaWeek))).toBe('2026-12-14 18:00');
    expect(local(dueAt(fridayEvening, twoHours, sofiaWeek))).toBe('2026-12-14 11:00');
    expect(local(dueAt(fridayEvening, { amount: 24, unit: 'hours' }, sofiaWeek))).toBe('2026-12-12 18:30');
    const fridayLate = fromLocal('2026-12-11', 17 * 60 + 30, 'Europe/Sofia'); // half an hour left on Friday
    expect(local(dueAt(fridayLate, twoHours, sofiaWeek))).toBe('2026-12-14 10:30');
  });

  it('skips holidays from the day before one', () => {
    const christmas: Calendar = { ...sofiaWeek, holidays: ['2026-12-24', '2026-12-25'] }; // Thursday and Friday
    const dayBefore = fromLocal('2026-12-23', 17 * 60, 'Europe/Sofia');
    expect(local(dueAt(dayBefore, oneDay, christmas))).toBe('2026-12-28 17:00');
    expect(local(dueAt(dayBefore, twoHours, christmas))).toBe('2026-12-28 10:00');
    expect(local(dueAt(dayBefore, oneDay, sofiaWeek))).toBe('2026-12-24 17:00');
  });

  it('counts the hours of a day when Sofia changes clocks, and Moscow, which does not', () => {
    const everyDay = { ...DEFAULT_WEEK, 6: { open: 540, close: 1080 }, 7: { open: 540, close: 1080 } };
    const sofia7: Calendar = { timeZone: 'Europe/Sofia', week: everyDay, holidays: [] };
    const moscow7: Calendar = { timeZone: 'Europe/Moscow', week: everyDay, holidays: [] };
    // Sunday 2026-10-25: Sofia falls back from 04:00 to 03:00 (UTC+3 → UTC+2); Moscow stays at UTC+3.
    const saturdaySofia = fromLocal('2026-10-24', 17 * 60, 'Europe/Sofia');
    expect(iso(dueAt(saturdaySofia, twoHours, sofia7))).toBe('2026-10-25T08:00:00.000Z'); // Sunday 10:00, UTC+2
    expect(local(dueAt(saturdaySofia, oneDay, sofia7))).toBe('2026-10-25 17:00');
    expect(dueAt(saturdaySofia, oneDay, sofia7).getTime() - saturdaySofia.getTime()).toBe(25 * 3_600_000);
    expect(local(dueAt(saturdaySofia, { amount: 24, unit: 'hours' }, sofia7))).toBe('2026-10-25 16:00');
    const saturdayMoscow = fromLocal('2026-10-24', 17 * 60, 'Europe/Moscow');
    expect(iso(dueAt(saturdayMoscow, twoHours, moscow7))).toBe('2026-10-25T07:00:00.000Z'); // Sunday 10:00, UTC+3
    expect(dueAt(saturdayMoscow, oneDay, moscow7).getTime() - saturdayMoscow.getTime()).toBe(24 * 3_600_000);
    // Sunday 2027-03-28: Sofia springs forward from 03:00 to 04:00; the business day is an hour shorter in UTC.
    const saturdaySpring = fromLocal('2027-03-27', 12 * 60, 'Europe/Sofia');
    expect(local(dueAt(saturdaySpring, oneDay, sofia7))).toBe('2027-03-28 12:00');
    expect(dueAt(saturdaySpring, oneDay, sofia7).getTime() - saturdaySpring.getTime()).toBe(23 * 3_600_000);
    expect(local(dueAt(saturdaySpring, { amount: 24, unit: 'hours' }, sofia7))).toBe('2027-03-28 13:00');
    const springMoscow = fromLocal('2027-03-27', 12 * 60, 'Europe/Moscow');
    expect(local(dueAt(springMoscow, oneDay, moscow7), 'Europe/Moscow')).toBe('2027-03-28 12:00');
    expect(dueAt(springMoscow, oneDay, moscow7).getTime() - springMoscow.getTime()).toBe(24 * 3_600_000);
  });
});
