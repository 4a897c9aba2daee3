/**
 * When a gesture is owed. Pure: the trigger sweep (gesture-sweep.ts) gathers a customer's facts and
 * inserts one task per occasion this returns; the occasion is part of the task's unique key, so a
 * repeated pass (a retry, a restart, two processes) can never make a second task.
 */
import { DAY_MS } from './tier-rules.ts';

export const GESTURE_TRIGGERS = [
  'birthday',
  'first_visit_anniversary',
  'nth_visit',
  'tier_entry',
  'recovery_resolved',
  'manual',
] as const;
export const GESTURE_KINDS = ['recognition', 'personal_touch', 'surprise'] as const;
export const GESTURE_TASK_STATUSES = ['pending', 'delivered', 'skipped', 'expired'] as const;
export const ASSIGNEE_ROLES = ['owner', 'manager', 'staff'] as const;
export type GestureTrigger = (typeof GESTURE_TRIGGERS)[number];
/** A date-based occasion is still honoured this many days late (a server that was down on the day). */
export const DATE_LATENESS_DAYS = 2;

export type GestureRule = {
  id: string;
  trigger: GestureTrigger;
  triggerVisit: number | null;
  triggerTierId: string | null;
  /** Empty: every customer; otherwise only customers in one of these tiers. */
  tierIds: string[];
  dueDays: number;
  createdAt: Date;
};
export type Visit = { id: string; occurredAt: Date; recordedAt: Date; locationId: string | null };
export type CustomerFacts = {
  tierId: string | null;
  /** The customer's first visits in order (at least up to the highest n any gesture asks for). */
  visits: Visit[];
  resolvedCases: { id: string; resolvedAt: Date; locationId: string | null }[];
  /** `MM-DD`. */
  birthday: string | null;
  /** Today in the organisation's time zone, `YYYY-MM-DD`. */
  today: string;
};
export type Occasion = { key: string; locationId: string | null; interactionId: string | null };

const fits = (g: GestureRule, tierId: string | null) => !g.tierIds.length || (!!tierId && g.tierIds.includes(tierId));
const fresh = (g: GestureRule, at: Date, now: Date) => now.getTime() - at.getTime() <= g.dueDays * DAY_MS;

/** Occasions of the event-driven triggers (visits, resolved cases) and the dated ones (birthday, anniversary). */
export function occasionsFor(g: GestureRule, f: CustomerFacts, now: Date): Occasion[] {
  if (!fits(g, f.tierId)) return [];
  const last = f.visits.at(-1)?.locationId ?? null;
  switch (g.trigger) {
    case 'nth_visit': {
      const v = g.triggerVisit ? f.visits[g.triggerVisit - 1] : undefined;
      // A gesture added today does not reach back to fifth visits of last year.
      if (!v || v.recordedAt < g.createdAt || !fresh(g, v.occurredAt, now)) return [];
      return [{ key: `visit:${g.triggerVisit}`, locationId: v.locationId, interactionId: v.id }];
    }
    case 'recovery_resolved':
      return f.resolvedCases
        .filter((c) => c.resolvedAt >= g.createdAt && fresh(g, c.resolvedAt, now))
        .map((c) => ({ key: `case:${c.id}`, locationId: c.locationId ?? last, interactionId: null }));
    case 'birthday': {
      const year = f.birthday ? dateOccasionYear(f.birthday, f.today) : null;
      return year ? [{ key: `birthday:${year}`, locationId: last, interactionId: null }] : [];
    }
    case 'first_visit_anniversary': {
      const first = f.visits[0];
      if (!first) return [];
      const firstDay = first.occurredAt.toISOString().slice(0, 10);
      const year = dateOccasionYear(firstDay.slice(5), f.today);
      return year && year > Number(firstDay.slice(0, 4))
        ? [{ key: `anniversary:${year}`, locationId: last, interactionId: null }]
        : [];
    }
    default:
      return [];
  }
}

/** The gesture a customer is owed for entering a tier (once per entry, keyed by the entry's date). */
export function tierEntryOccasion(g: GestureRule, enteredTierId: string, since: Date, previousTierId: string | null) {
  if (g.trigger !== 'tier_entry' || g.triggerTierId !== enteredTierId || previousTierId === enteredTierId) return null;
  return { key: `tier:${enteredTierId}:${since.toISOString().slice(0, 10)}`, interactionId: null };
}

/**
 * The year whose `MM-DD` date falls within the last few days up to `today`, or null. 29 February
 * is celebrated on 28 February in other years.
 */
export function dateOccasionYear(monthDay: string, today: string): number | null {
  const t = Date.parse(`${today}T00:00:00Z`);
  for (let back = 0; back <= DATE_LATENESS_DAYS; back++) {
    const d = new Date(t - back * DAY_MS);
    const y = d.getUTCFullYear();
    const md = d.toISOString().slice(5, 10);
    const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
    if (md === monthDay || (!leap && monthDay === '02-29' && md === '02-28')) return y;
  }
  return null;
}
