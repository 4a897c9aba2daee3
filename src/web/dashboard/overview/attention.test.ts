import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfDayIn } from '../analytics/period.ts';
import { attentionCases } from './attention.ts';

const sofia = 'Europe/Sofia';
const open = (id: string, dueAt: string, extra: { overdue?: boolean; status?: string } = {}) => ({
  id,
  dueAt,
  overdue: extra.overdue ?? false,
  status: extra.status ?? 'acknowledged',
});
const ids = (cases: { id: string }[]) => cases.map((c) => c.id);

// The owner in Sofia reads the dashboard on a laptop still set to California.
let browserZone: string | undefined;
beforeAll(() => {
  browserZone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  if (browserZone === undefined) delete process.env.TZ;
  else process.env.TZ = browserZone;
});

describe('the home page’s attention list', () => {
  it('ends today at midnight in the organisation’s zone, not the browser’s', () => {
    expect(new Date('2026-12-07T21:30:00Z').getHours()).toBe(13); // the browser really is in California
    expect(endOfDayIn(sofia, new Date('2026-12-07T21:30:00Z'))).toBe('2026-12-07T22:00:00.000Z');
    expect(endOfDayIn(sofia, new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01T21:00:00.000Z'); // summer time
    expect(endOfDayIn(sofia, new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02T21:00:00.000Z');
  });

  it('at 23:30 in Sofia lists what is due by midnight there, not what is due tomorrow morning', () => {
    const now = new Date('2026-12-07T21:30:00Z');
    const cases = [
      open('tomorrow-1am', '2026-12-07T23:00:00Z'), // 15:00 in California, but tomorrow in Sofia
      open('tonight', '2026-12-07T21:45:00Z'),
      open('at-midnight', '2026-12-07T22:00:00Z'),
    ];
    expect(ids(attentionCases(cases, sofia, now))).toEqual(['tonight']);
  });

  it('just after midnight in Sofia lists what is due later that new day', () => {
    const now = new Date('2026-12-07T22:30:00Z'); // 00:30 on the 8th in Sofia, 14:30 on the 7th in California
    const cases = [open('tonight-sofia', '2026-12-08T20:00:00Z'), open('day-after', '2026-12-08T22:30:00Z')];
    expect(ids(attentionCases(cases, sofia, now))).toEqual(['tonight-sofia']);
  });

  it('keeps overdue cases first and new cases whenever they are due, at most six', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const cases = [
      open('due-today', '2026-12-07T15:00:00Z'),
      open('new-next-week', '2026-12-14T10:00:00Z', { status: 'new' }),
      open('late', '2026-12-06T10:00:00Z', { overdue: true }),
      open('next-week', '2026-12-14T10:00:00Z'),
    ];
    expect(ids(attentionCases(cases, sofia, now))).toEqual(['late', 'due-today', 'new-next-week']);
    const many = Array.from({ length: 9 }, (_, i) => open(`n${i}`, '2026-12-07T11:00:00Z'));
    expect(attentionCases(many, sofia, now)).toHaveLength(6);
  });
});
