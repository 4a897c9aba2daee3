import type { Role } from './domain.ts';

/**
 * The one table of who may do what. Every API route names a permission in its config (the HTTP
 * layer refuses to register one that does not), and the auth hook checks it before the handler.
 * Row-level limits (a manager's locations, a staff member's own records) are applied by the
 * services through `locationScope` and `ownRecordsOnly`.
 */
export const PERMISSIONS = {
  'org:read': ['owner', 'manager', 'staff'],
  'org:write': ['owner'],
  'api_keys:manage': ['owner'],
  /** The organisation's own SMTP server and sender (its password is write-only). */
  'mail:manage': ['owner'],
  'locations:read': ['owner', 'manager', 'staff'],
  'locations:write': ['owner'],
  'staff:read': ['owner', 'manager', 'staff'],
  'staff:write': ['owner'],
  'touchpoints:read': ['owner', 'manager', 'staff'],
  'touchpoints:write': ['owner', 'manager'],
  'customers:read': ['owner', 'manager'],
  'customers:write': ['owner', 'manager'],
  'interactions:read': ['owner', 'manager', 'staff'],
  'interactions:write': ['owner', 'manager'],
  'imports:run': ['owner', 'manager'],
  'surveys:read': ['owner', 'manager', 'staff'],
  'surveys:write': ['owner', 'manager'],
  'responses:read': ['owner', 'manager', 'staff'],
  'responses:write': ['owner', 'manager'],
  'responses:annotate': ['owner', 'manager'],
  'webhooks:manage': ['owner'],
  /** Messaging channels (bot tokens, SMS gateway): owners only, the secrets are theirs. */
  'channels:manage': ['owner'],
  'connectors:manage': ['owner'],
  'invitations:read': ['owner', 'manager'],
  'invitations:write': ['owner', 'manager'],
  'metrics:read': ['owner', 'manager', 'staff'],
  /** Driver analysis and retention economics (revenue): owners and managers. */
  'analytics:read': ['owner', 'manager'],
  'text:analyze': ['owner', 'manager', 'staff'],
  'text:manage': ['owner', 'manager'],
  'cases:read': ['owner', 'manager', 'staff'],
  'cases:write': ['owner', 'manager', 'staff'],
  'case_rules:read': ['owner', 'manager'],
  'case_rules:manage': ['owner'],
  /** Staff voice: everyone posts, votes and comments; managers decide and merge. */
  'insights:read': ['owner', 'manager', 'staff'],
  'insights:write': ['owner', 'manager', 'staff'],
  'insights:manage': ['owner', 'manager'],
  /** eNPS: owners run the pulse; owners and managers see its (anonymity-protected) figures. */
  'pulse:manage': ['owner'],
  'pulse:read': ['owner', 'manager'],
  'standards:read': ['owner', 'manager', 'staff'],
  'standards:write': ['owner', 'manager'],
  /** Staff run self-checks of their own; the service keeps them to those. */
  'audits:read': ['owner', 'manager', 'staff'],
  'audits:write': ['owner', 'manager', 'staff'],
  'training:read': ['owner', 'manager', 'staff'],
  'training:write': ['owner', 'manager'],
  'training:attempt': ['owner', 'manager', 'staff'],
  'self_assessment:read': ['owner', 'manager'],
  'self_assessment:write': ['owner'],
  'action_items:write': ['owner', 'manager'],
  /** Public reviews: the inbox, replies, sources and request settings. */
  'reviews:read': ['owner', 'manager'],
  'reviews:write': ['owner', 'manager'],
  'reviews:settings': ['owner'],
  /** Staff look up a referrer and enter a referral at the counter. */
  'referrals:read': ['owner', 'manager', 'staff'],
  'referrals:write': ['owner', 'manager', 'staff'],
  'referral_programs:manage': ['owner'],
  /** Recognition: everyone sees tiers and gestures owed; staff deliver them at the counter. */
  'recognition:read': ['owner', 'manager', 'staff'],
  'gesture_tasks:write': ['owner', 'manager', 'staff'],
  'gestures:manage': ['owner', 'manager'],
  'tiers:manage': ['owner'],
  /** Inviting a lead user to a co-creation session: an email in the business's name. */
  'lead_users:invite': ['owner', 'manager'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
