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
