/**
 * When and whether to invite: pure functions of times, the organisation's time zone and quiet
 * hours, and the customer's recent invitations. No database, no clock: `now` comes in.
 */

import { wallTime, zonedToInstant, type WallTime } from '../../shared/time-zone.ts';

export type { WallTime };
export { wallTime, zonedToInstant };

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Interactions older than this (after the survey's delay) are history, e.g. a CSV import: nobody is invited for them. */
export const STALE_AFTER_DAYS = 7;

/** Quiet hours run from `start` (inclusive) to `end` (exclusive) local time, across midnight when start > end. start = end means none. */
export function isQuietHour(hour: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

export type Quiet = { timeZone: string; quietHoursStart: number; quietHoursEnd: number };

/** `at`, or the end of the quiet hours it falls in (local time in the organisation's zone). */
export function outsideQuietHours(at: Date, q: Quiet): Date {
  const w = wallTime(at, q.timeZone);
  if (!isQuietHour(w.hour, q.quietHoursStart, q.quietHoursEnd)) return at;
  // Quiet across midnight and already past its start: the end is tomorrow morning.
  const tomorrow = q.quietHoursStart > q.quietHoursEnd && w.hour >= q.quietHoursStart;
  const day = new Date(Date.UTC(w.year, w.month - 1, w.day + (tomorrow ? 1 : 0)));
  return zonedToInstant(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: q.quietHoursEnd,
      minute: 0,
    },
    q.timeZone,
  );
}

/**
 * When to send: the interaction time plus the survey's delay (elapsed hours, so a DST change does
 * not stretch it), never in the past, moved out of quiet hours.
 */
export function sendTime(p: { occurredAt: Date; delayHours: number; now: Date } & Quiet): Date {
  const due = Math.max(p.occurredAt.getTime() + p.delayHours * HOUR, p.now.getTime());
  return outsideQuietHours(new Date(due), p);
}

/**
 * The invitation within `days` of `at` (either side: imports may arrive out of order) that blocks
 * a new one, if any. `days` = 0 turns the throttle off.
 */
export function throttledBy(previous: Date[], at: Date, days: number): Date | null {
  if (days <= 0) return null;
  return previous.find((p) => Math.abs(p.getTime() - at.getTime()) < days * DAY) ?? null;
}

export type PlanInput = {
  now: Date;
  interaction: { occurredAt: Date };
  customer: { email: string | null; consentEmail: boolean };
  /** The channel chosen by the customer's preference and the owner's order (messaging), instead of email alone. */
  route?: { channel: string } | { reason: string };
  survey: { triggerDelayHours?: number; throttleDays?: number };
  org: Quiet & { inviteThrottleDays: number };
  /** When the customer's other invitations (not skipped) are or were due. */
  previous: Date[];
};

export type Plan =
  | { action: 'none'; reason: string }
  | { action: 'invite'; status: 'scheduled'; scheduledFor: Date }
  | { action: 'invite'; status: 'skipped'; scheduledFor: Date; reason: string };

/** What the trigger does for one interaction and one survey. */
export function planInvitation(p: PlanInput): Plan {
  const delayHours = p.survey.triggerDelayHours ?? 0;
  const due = p.interaction.occurredAt.getTime() + delayHours * HOUR;
  if (due < p.now.getTime() - STALE_AFTER_DAYS * DAY)
    return { action: 'none', reason: `the interaction is more than ${STALE_AFTER_DAYS} days old` };
  const scheduledFor = sendTime({ ...p.org, occurredAt: p.interaction.occurredAt, delayHours, now: p.now });
  if (p.route && 'reason' in p.route)
    return { action: 'invite', status: 'skipped', scheduledFor, reason: p.route.reason };
  if (!p.route && !p.customer.email)
    return { action: 'invite', status: 'skipped', scheduledFor, reason: 'The customer has no email address' };
  if (!p.route && !p.customer.consentEmail)
    return {
      action: 'invite',
      status: 'skipped',
      scheduledFor,
      reason: 'The customer has not agreed to receive emails',
    };
  const days = p.survey.throttleDays ?? p.org.inviteThrottleDays;
  const blocker = throttledBy(p.previous, scheduledFor, days);
  if (blocker)
    return {
      action: 'invite',
      status: 'skipped',
      scheduledFor,
      reason: `Throttled: already invited for ${blocker.toISOString()} (at most one invitation per ${days} days)`,
    };
  return { action: 'invite', status: 'scheduled', scheduledFor };
}
