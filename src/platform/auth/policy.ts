import type { Role } from '../../shared/domain.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';

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
  /** Public reviews: the inbox, replies, sources and request settings. */
  'reviews:read': ['owner', 'manager'],
  'reviews:write': ['owner', 'manager'],
  'reviews:settings': ['owner'],
  /** Staff look up a referrer and enter a referral at the counter. */
  'referrals:read': ['owner', 'manager', 'staff'],
  'referrals:write': ['owner', 'manager', 'staff'],
  'referral_programs:manage': ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden(`Your role (${actor.role}) does not allow ${permission}`);
}

/** Staff see only records that name them. */
export const ownRecordsOnly = (actor: Actor): boolean => actor.role === 'staff';

export function assertLocationAllowed(
  actor: Actor,
  locationId: string | null | undefined,
  scope: string[] | null,
): void {
  if (scope === null) return;
  if (!locationId || !scope.includes(locationId)) throw forbidden('This location is outside the ones you cover');
}
