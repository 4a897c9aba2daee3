import { PERMISSIONS, type Permission } from '../../../shared/permissions.ts';
import type { Role } from '../../../shared/domain.ts';

// The server's policy table is pure data; the dashboard reads the same one to hide what a role cannot do.
export const roleCan = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

export type { Permission };
