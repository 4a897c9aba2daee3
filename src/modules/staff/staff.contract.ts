import { z } from 'zod';
import { externalId, optText } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { LANGUAGES, ROLES } from '../../shared/domain.ts';

export const staffMember = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    locationIds: z.array(z.uuid()),
    position: z.string().nullable(),
    language: z.string().nullable(),
    active: z.boolean(),
    endedOn: z.string().nullable().describe('Last working day of someone who left (staff exits per location)'),
    invitePending: z.boolean(),
    externalId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StaffMember' });

export const staffCreate = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email({ error: 'Must be an email address' }).max(320),
  role: z.enum(ROLES).default('staff'),
  locationIds: z.array(z.uuid()).max(500).default([]),
  position: optText(200),
  language: z.enum(LANGUAGES).nullable().optional(),
  externalId: externalId.nullable().optional(),
  endedOn: z.iso.date({ error: 'A date, e.g. 2026-03-31' }).nullable().optional(),
  sendInvite: z.boolean().default(true).describe('Email an invitation link to set a password and sign in'),
});
// Without the create defaults: a PATCH that leaves role or locations out must not reset them to 'staff' and [].
export const staffUpdate = staffCreate
  .omit({ sendInvite: true })
  .extend({ role: z.enum(ROLES).optional(), locationIds: z.array(z.uuid()).max(500).optional() })
  .partial()
  .extend({ active: z.boolean().optional() });

export const staffCreated = staffMember.extend({ inviteUrl: z.string().nullable() });

export const staffListQuery = paginationQuery.extend({
  q: z.string().trim().max(200).optional().describe('Search in name and email'),
  role: z.enum(ROLES).optional(),
  locationId: z.uuid().optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export type StaffCreate = z.infer<typeof staffCreate>;
export type StaffUpdate = z.infer<typeof staffUpdate>;
export type StaffListQuery = z.infer<typeof staffListQuery>;
