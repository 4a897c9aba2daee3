import type { Role } from '../../shared/domain.ts';

/** Who is calling: every service receives this, never a raw request. */
export type Actor = {
  orgId: string;
  role: Role;
  /** The staff member behind a session or a personal key; null for an org-wide API key. */
  staffId: string | null;
  /** Locations a manager or staff member covers; empty for an owner (who covers all). */
  locationIds: string[];
  via: 'session' | 'api_key';
  /** The signed-in person's saved language (their profile), for messages; absent for org-wide keys. */
  language?: string | null;
  /** The organisation's own public address for links it sends out, when set. */
  publicUrl?: string | null;
};

/** Locations the actor is limited to, or null when they see the whole organisation. */
export function locationScope(actor: Actor): string[] | null {
  if (actor.role === 'owner') return null;
  if (actor.role === 'manager' && actor.staffId === null) return null; // org-wide manager key
  return actor.locationIds;
}
