import { describe, expect, it } from 'vitest';
import {
  isQuietHour,
  outsideQuietHours,
  planInvitation,
  sendTime,
  throttledBy,
  wallTime,
  zonedToInstant,
  type PlanInput,
} from './schedule.ts';

const d = (iso: string) => new Date(iso);
const sofia = { timeZone: 'Europe/Sofia', quietHoursStart: 21, quietHoursEnd: 9 };
const vladivostok = { timeZone: 'Asia/Vladivostok', quietHoursStart: 21, quietHoursEnd: 9 };

describe('quiet hours', () => {
  it('are a local-hour range, across midnight when start > end, none when start = end', () => {
    expect([20, 21, 23, 0, 8, 9].map((h) => isQuietHour(h, 21, 9))).toEqual([false, true, true, true, true, false]);
    expect([0, 6, 7, 12].map((h) => isQuietHour(h, 0, 7))).toEqual([true, true, false, false]);
    expect(isQuietHour(3, 9, 9)).toBe(false);
  });

  it('leave a daytime send alone', () => {
    expect(outsideQuietHours(d('2026-01-15T10:00:00Z'), sofia).toISOString()).toBe('2026-01-15T10:00:00.000Z'); // 12:00 in Sofia
  });

  it('push a late-evening send to 9:00 the next local morning (across midnight)', () => {
    expect(outsideQuietHours(d('2026-01-15T20:30:00Z'), sofia).toISOString()).toBe('2026-01-16T07:00:00.000Z'); // 22:30 → 09:00 EET
    expect(outsideQuietHours(d('2026-01-15T22:30:00Z'), sofia).toISOString()).toBe('2026-01-16T07:00:00.000Z'); // 00:30 → 09:00 the same local day
  });

  it('push an early-morning send to 9:00 the same local day', () => {
    expect(outsideQuietHours(d('2026-01-16T04:00:00Z'), sofia).toISOString()).toBe('2026-01-16T07:00:00.000Z'); // 06:00 EET
  });

  it('use the organisation time zone, where the local day differs from the UTC day (Vladivostok, UTC+10)', () => {
    expect(outsideQuietHours(d('2026-06-01T12:00:00Z'), vladivostok).toISOString()).toBe('2026-06-01T23:00:00.000Z'); // 22:00 → 09:00 on 2 June
    expect(outsideQuietHours(d('2026-06-01T10:59:00Z'), vladivostok).toISOString()).toBe('2026-06-01T10:59:00.000Z'); // 20:59: not quiet yet
    expect(outsideQuietHours(d('2026-06-01T16:00:00Z'), vladivostok).toISOString()).toBe('2026-06-01T23:00:00.000Z'); // 02:00 on 2 June
  });

  it('land on 9:00 local across the spring-forward night (Sofia, 29 March 2026: 03:00 → 04:00)', () => {
    // 22:00 EET (+2) on the 28th; 9:00 on the 29th is EEST (+3), so 06:00Z, not 07:00Z.
    expect(outsideQuietHours(d('2026-03-28T20:00:00Z'), sofia).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(wallTime(d('2026-03-29T06:00:00Z'), 'Europe/Sofia').hour).toBe(9);
  });

  it('land on 9:00 local across the fall-back night (Sofia, 25 October 2026: 04:00 → 03:00)', () => {
    expect(outsideQuietHours(d('2026-10-24T19:00:00Z'), sofia).toISOString()).toBe('2026-10-25T07:00:00.000Z'); // 22:00 EEST → 09:00 EET
  });

  it('end quiet hours that end inside a DST gap at the first hour after it', () => {
    const q = { timeZone: 'Europe/Sofia', quietHoursStart: 22, quietHoursEnd: 3 };
    expect(outsideQuietHours(d('2026-03-28T21:00:00Z'), q).toISOString()).toBe('2026-03-29T01:00:00.000Z'); // 03:00 does not exist: 04:00 EEST
  });

  it('keep working in a zone with the other DST calendar (New York, 8 March 2026)', () => {
    const ny = { timeZone: 'America/New_York', quietHoursStart: 21, quietHoursEnd: 9 };
    expect(outsideQuietHours(d('2026-03-08T03:00:00Z'), ny).toISOString()).toBe('2026-03-08T13:00:00.000Z'); // 22:00 EST → 09:00 EDT
  });
});

describe('zonedToInstant', () => {
  it('maps a wall time to its instant, the earlier of a repeated hour, forward over a gap', () => {
    expect(zonedToInstant({ year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, 'Europe/Sofia').toISOString()).toBe(
      '2026-07-01T09:00:00.000Z',
    );
    expect(zonedToInstant({ year: 2026, month: 10, day: 25, hour: 3, minute: 30 }, 'Europe/Sofia').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedToInstant({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, 'Europe/Sofia').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(zonedToInstant({ year: 2026, month: 12, day: 31, hour: 23, minute: 59 }, 'UTC').toISOString()).toBe(
      '2026-12-31T23:59:00.000Z',
    );
  });
});

describe('sendTime', () => {
  const now = d('2026-01-15T10:00:00Z');
  it('with delay 0 sends now when the interaction just happened', () => {
    expect(sendTime({ ...sofia, occurredAt: d('2026-01-15T09:59:00Z'), delayHours: 0, now }).toISOString()).toBe(
      now.toISOString(),
    );
  });
  it('adds the delay, then moves out of quiet hours', () => {
    expect(sendTime({ ...sofia, occurredAt: d('2026-01-15T10:00:00Z'), delayHours: 2, now }).toISOString()).toBe(
      '2026-01-15T12:00:00.000Z',
    );
    expect(sendTime({ ...sofia, occurredAt: d('2026-01-15T17:00:00Z'), delayHours: 3, now }).toISOString()).toBe(
      '2026-01-16T07:00:00.000Z',
    ); // 22:00 local
  });
  it('counts the delay in elapsed hours across a DST change', () => {
    // 10:00 EET + 24 h = 11:00 EEST the next day.
    expect(
      sendTime({
        ...sofia,
        occurredAt: d('2026-03-28T08:00:00Z'),
        delayHours: 24,
        now: d('2026-03-28T08:00:00Z'),
      }).toISOString(),
    ).toBe('2026-03-29T08:00:00.000Z');
  });
  it('never schedules in the past', () => {
    expect(sendTime({ ...sofia, occurredAt: d('2026-01-14T10:00:00Z'), delayHours: 1, now }).toISOString()).toBe(
      now.toISOString(),
    );
  });
});

describe('throttle', () => {
  const at = d('2026-05-31T10:00:00Z');
  it('blocks within N days either side, not at N days, and not at all with N = 0', () => {
    expect(throttledBy([d('2026-05-02T10:00:01Z')], at, 28)).toBeNull(); // 29 days before
    expect(throttledBy([d('2026-05-02T10:00:01Z')], at, 30)?.toISOString()).toBe('2026-05-02T10:00:01.000Z');
    expect(throttledBy([d('2026-05-01T10:00:00Z')], at, 30)).toBeNull(); // exactly 30 days
    expect(throttledBy([d('2026-06-10T10:00:00Z')], at, 30)).not.toBeNull(); // an imported later visit
    expect(throttledBy([d('2026-05-31T09:00:00Z')], at, 0)).toBeNull();
    expect(throttledBy([], at, 30)).toBeNull();
  });
});

describe('planInvitation', () => {
  const base: PlanInput = {
    now: d('2026-01-15T10:00:00Z'),
    interaction: { occurredAt: d('2026-01-15T09:00:00Z') },
    customer: { email: 'a@example.com', consentEmail: true },
    survey: {},
    org: { ...sofia, inviteThrottleDays: 30 },
    previous: [],
  };
  it('schedules an email for a consenting customer', () => {
    expect(planInvitation(base)).toEqual({
      action: 'invite',
      status: 'scheduled',
      scheduledFor: d('2026-01-15T10:00:00Z'),
    });
  });
  it('skips, with a reason, customers without an address or consent', () => {
    expect(planInvitation({ ...base, customer: { email: null, consentEmail: true } })).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/no email/),
    });
    expect(planInvitation({ ...base, customer: { email: 'a@example.com', consentEmail: false } })).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/agreed/),
    });
  });
  it('throttles by the organisation setting unless the survey overrides it', () => {
    const previous = [d('2026-01-01T10:00:00Z')];
    expect(planInvitation({ ...base, previous })).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/Throttled.*30 days/),
    });
    expect(planInvitation({ ...base, previous, survey: { throttleDays: 7 } })).toMatchObject({ status: 'scheduled' });
    expect(planInvitation({ ...base, previous, survey: { throttleDays: 0 } })).toMatchObject({ status: 'scheduled' });
  });
  it('invites nobody for history (an import of last year)', () => {
    expect(planInvitation({ ...base, interaction: { occurredAt: d('2025-06-01T10:00:00Z') } })).toMatchObject({
      action: 'none',
    });
  });
});
