/** Domain events other systems may subscribe to (webhooks today); the dashboard lists them too. */
export const EVENT_TYPES = [
  'response.created',
  'case.opened',
  'case.assigned',
  'case.breached',
  'case.resolved',
  'review.received',
  'referral.qualified',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
