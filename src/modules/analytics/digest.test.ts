import { describe, expect, it } from 'vitest';
import { dueWeek, isoWeek, mondayOf } from './digest.ts';
import { renderDigest } from './digest-texts.ts';

describe('digest weeks', () => {
  it('labels ISO weeks, including the ones that straddle a new year', () => {
    expect(isoWeek('2026-06-01')).toBe('2026-W23');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(mondayOf('2026-06-07')).toBe('2026-06-01');
    expect(mondayOf('2026-06-08')).toBe('2026-06-08');
  });
  it("is due from Monday 07:00 in the organisation's zone, for the week just ended", () => {
    // Monday 8 June 2026, 03:30 UTC = 06:30 in Sofia: not yet; 04:30 UTC = 07:30: due.
    expect(dueWeek(new Date('2026-06-08T03:30:00Z'), 'Europe/Sofia')).toBeNull();
    expect(dueWeek(new Date('2026-06-08T04:30:00Z'), 'Europe/Sofia')).toEqual({
      week: '2026-W23',
      from: '2026-06-01',
      to: '2026-06-08',
    });
    // Sunday 23:30 UTC is already Monday 02:30 in Sofia, but still Sunday in UTC: last week is W22 there.
    expect(dueWeek(new Date('2026-06-07T23:30:00Z'), 'UTC')).toEqual({
      week: '2026-W22',
      from: '2026-05-25',
      to: '2026-06-01',
    });
  });
});

describe('digest texts', () => {
  const f = {
    orgName: 'Clinic',
    week: '2026-W23',
    from: '2026-06-01',
    to: '2026-06-07',
    nps: { value: 40, n: 25, tooFew: false },
    previous: { value: 30, n: 20 },
    best: { name: 'North', value: 60, n: 10 },
    worst: { name: 'South', value: 10, n: 8 },
    cases: { open: 3, overdue: 1 },
    url: 'http://z/',
  };
  it('says NPS with n and the change, best and worst locations and cases, in each language', () => {
    const en = renderDigest('en', f).text;
    expect(en).toContain('NPS: 40 (n = 25)');
    expect(en).toContain('+10');
    expect(en).toContain('North, NPS 60 (n = 10)');
    expect(en).toContain('Open cases: 3, overdue: 1');
    expect(renderDigest('ru', f).text).toContain('просрочено: 1');
    expect(renderDigest('bg', f).subject).toContain('лоялност');
  });
  it('lists the customer ideas done that week, and says nothing when there were none', () => {
    const text = renderDigest('ru', { ...f, shippedIdeas: ['Oat milk', 'A bench'] }).text;
    expect(text).toContain('Идей клиентов сделано за неделю: 2');
    expect(text).toContain('  – A bench');
    expect(renderDigest('en', { ...f, shippedIdeas: [] }).text).not.toContain('Customer ideas');
  });
  it('is honest about no answers and too few', () => {
    const none = renderDigest('en', {
      ...f,
      nps: { value: null, n: 0, tooFew: true },
      previous: { value: null, n: 0 },
      best: null,
      worst: null,
      cases: null,
    }).text;
    expect(none).toContain('no answers');
    expect(none).not.toContain('Best location');
    expect(renderDigest('en', { ...f, nps: { value: 50, n: 4, tooFew: true } }).text).toContain('too few answers');
  });
});
