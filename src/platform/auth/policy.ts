import type { Role } from '../../shared/domain.ts';
import { PERMISSIONS, type Permission } from '../../shared/permissions.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';

export { PERMISSIONS, type Permission };

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
