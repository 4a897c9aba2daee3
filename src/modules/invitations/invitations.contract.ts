import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { MESSAGING_CHANNELS } from '../../shared/domain.ts';
import { INVITATION_CHANNELS, INVITATION_STATUSES } from './invitations.schema.ts';

export const invitationStatus = z.enum(INVITATION_STATUSES);

export const invitationCreate = z.object({
  surveyId: z.uuid(),
  customerId: z.uuid(),
  interactionId: z
    .uuid()
    .optional()
    .describe('Binds the answer to this interaction; one invitation per interaction and survey'),
  channel: z
    .enum(['link', 'email', 'api', ...MESSAGING_CHANNELS])
    .describe(
      'email, telegram, viber, whatsapp, sms: Zabota sends it (address, consent, quiet hours and throttle apply); link/api: you deliver the url yourself',
    ),
  sendAt: isoDateTime.optional().describe('For email and messages: not before this time (quiet hours still apply)'),
});

export const invitation = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    customerId: z.uuid().nullable(),
    interactionId: z.uuid().nullable(),
    channel: z.enum(INVITATION_CHANNELS),
    status: invitationStatus,
    scheduledFor: z.string(),
    sentAt: z.string().nullable(),
    openedAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    expiresAt: z.string(),
    error: z.string().nullable().describe('Why it was skipped or bounced'),
    locationId: z.uuid().nullable().describe("The interaction's location, else the survey's"),
    createdAt: z.string(),
  })
  .meta({ id: 'Invitation' });

export const invitationCreated = invitation
  .extend({
    url: z
      .string()
      .nullable()
      .describe('The personal link /s/{token}. Shown only in this answer; null when the invitation already existed'),
  })
  .meta({ id: 'InvitationCreated' });

export const invitationListQuery = paginationQuery.extend({
  surveyId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  status: invitationStatus.optional(),
});

export const invitationStats = z
  .object({
    surveyId: z.uuid(),
    total: z.number().int(),
    byStatus: z.record(invitationStatus, z.number().int()),
    delivered: z.number().int().describe('Invitations that reached the customer (sent and not bounced)'),
    openRate: z.number().nullable().describe('(opened + answered) / delivered, 0–1; null with nothing delivered'),
    responseRate: z.number().nullable().describe('answered / delivered, 0–1; null with nothing delivered'),
  })
  .meta({ id: 'InvitationStats' });

export type InvitationCreate = z.infer<typeof invitationCreate>;
export type InvitationListQuery = z.infer<typeof invitationListQuery>;
