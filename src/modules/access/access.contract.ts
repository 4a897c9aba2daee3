import { z } from 'zod';
import { ROLES } from '../../shared/domain.ts';
import { org, password } from '../orgs/orgs.contract.ts';
import { staffMember } from '../staff/staff.contract.ts';

export const loginBody = z.object({
  email: z.email({ error: 'Must be an email address' }).max(320),
  password: z.string().min(1).max(200),
});
export const acceptInviteBody = z.object({ token: z.string().min(10).max(200), password });
export const sessionStarted = z.object({ csrfToken: z.string() });

export const me = z
  .object({
    org,
    staff: staffMember.nullable(),
    role: z.enum(ROLES),
    via: z.enum(['session', 'api_key']),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export const apiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(ROLES),
    staffId: z.uuid().nullable(),
    prefix: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiKey' });
export const apiKeyCreate = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  staffId: z.uuid().nullable().optional().describe('Act as this staff member (their locations and records)'),
});
export const apiKeyCreated = z.object({
  id: z.uuid(),
  apiKey: z.string().describe('Shown only this once'),
  role: z.enum(ROLES),
  name: z.string(),
  prefix: z.string(),
});
