import { index, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, orgForeignKey } from '../../platform/db/columns.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { surveys } from '../surveys/surveys.schema.ts';
import { INVITATION_STATUSES, MESSAGING_CHANNELS } from '../../shared/domain.ts';

export { INVITATION_STATUSES };
export const invitationStatusEnum = pgEnum('invitation_status', INVITATION_STATUSES);
export const INVITATION_CHANNELS = ['link', 'email', 'widget', 'api', ...MESSAGING_CHANNELS] as const;
export const invitationChannelEnum = pgEnum('invitation_channel', INVITATION_CHANNELS);

/** A personal invitation: a one-time token bound to a customer (and interaction), sent through a channel. */
export const invitations = pgTable(
  'invitations',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').notNull(),
    customerId: uuid('customer_id'),
    interactionId: uuid('interaction_id'),
    channel: invitationChannelEnum('channel').notNull(),
    status: invitationStatusEnum('status').notNull().default('scheduled'),
    tokenHash: text('token_hash').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('invitations_org_id_id').on(t.orgId, t.id),
    uniqueIndex('invitations_token').on(t.tokenHash),
    index('invitations_org_customer').on(t.orgId, t.customerId, t.createdAt),
    index('invitations_org_survey').on(t.orgId, t.surveyId, t.createdAt),
    // One invitation per interaction and survey, however often the trigger runs.
    uniqueIndex('invitations_interaction_survey').on(t.orgId, t.interactionId, t.surveyId),
    orgForeignKey('invitations_survey_fk', t.orgId, t.surveyId, surveys).onDelete('cascade'),
    orgForeignKey('invitations_customer_fk', t.orgId, t.customerId, customers),
    orgForeignKey('invitations_interaction_fk', t.orgId, t.interactionId, interactions),
  ],
);
