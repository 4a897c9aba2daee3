import { describe, expect, it } from 'vitest';
import { currentPeriod, occurrences, parseRule, type Rule } from './recurrence.ts';

const rule = (text: string) => {
  const r = parseRule(text);
  if (typeof r === 'string') throw new Error(r);
  return r as Rule;
};

describe('audit schedule recurrence', () => {
  it('weekly on given days', () => {
    // 2026-06-01 is a Monday.
    expect(occurrences(rule('FREQ=WEEKLY;BYDAY=MO,TH'), '2026-06-01', '2026-06-01', 4)).toEqual([
      '2026-06-01',
      '2026-06-04',
      '2026-06-08',
      '2026-06-11',
    ]);
  });

  it('every second week on the start weekday, from a later day', () => {
    expect(occurrences(rule('RRULE:FREQ=WEEKLY;INTERVAL=2'), '2026-06-03', '2026-06-10', 2)).toEqual([
      '2026-06-17',
      '2026-07-01',
    ]);
  });

  it('monthly on the last day and skipping days a month lacks', () => {
    expect(occurrences(rule('FREQ=MONTHLY;BYMONTHDAY=-1'), '2026-01-15', '2026-01-01', 3)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    expect(occurrences(rule('FREQ=MONTHLY;BYMONTHDAY=31'), '2026-03-01', '2026-03-01', 3)).toEqual([
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
    ]);
  });

  it('stops at COUNT and UNTIL', () => {
    expect(occurrences(rule('FREQ=MONTHLY;COUNT=2'), '2026-01-10', '2026-01-01', 10)).toEqual([
      '2026-01-10',
      '2026-02-10',
    ]);
    expect(occurrences(rule('FREQ=WEEKLY;UNTIL=20260615'), '2026-06-01', '2026-06-01', 10)).toEqual([
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
  });

  it('counts COUNT from the start, not from the window', () => {
    expect(occurrences(rule('FREQ=WEEKLY;COUNT=3'), '2026-06-01', '2026-06-10', 10)).toEqual(['2026-06-15']);
  });

  it('explains what it cannot read', () => {
    expect(parseRule('FREQ=DAILY')).toBe('FREQ must be WEEKLY or MONTHLY');
    expect(parseRule('FREQ=WEEKLY;BYDAY=XX')).toMatch(/BYDAY/);
    expect(parseRule('FREQ=WEEKLY;BYSETPOS=1')).toMatch(/not supported/);
    expect(parseRule('FREQ=MONTHLY;BYDAY=MO')).toMatch(/WEEKLY/);
  });

  it('finds the period a day falls in, and none before the start or after the last occurrence', () => {
    const weekly = rule('FREQ=WEEKLY;BYDAY=MO');
    expect(currentPeriod(weekly, '2026-06-01', '2026-05-31')).toBeNull();
    expect(currentPeriod(weekly, '2026-06-01', '2026-06-01')).toEqual({ on: '2026-06-01', next: '2026-06-08' });
    expect(currentPeriod(weekly, '2026-06-01', '2026-06-07')).toEqual({ on: '2026-06-01', next: '2026-06-08' });
    const fortnightly = rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(currentPeriod(fortnightly, '2026-06-01', '2026-06-12')).toEqual({ on: '2026-06-01', next: '2026-06-15' });
    const monthly = rule('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2');
    expect(currentPeriod(monthly, '2026-01-31', '2026-02-27')).toEqual({ on: '2026-01-31', next: '2026-02-28' });
    expect(currentPeriod(monthly, '2026-01-31', '2026-03-10')).toEqual({ on: '2026-02-28', next: null });
    expect(currentPeriod(monthly, '2026-01-31', '2026-06-10')).toBeNull();
  });
});
