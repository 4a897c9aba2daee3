import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, orgForeignKey, timestamps } from '../../platform/db/columns.ts';
import { DELIVERY_CHANNELS, MESSAGE_STATUSES, MESSAGING_CHANNELS } from '../../shared/domain.ts';
import { cases } from '../cases/cases.schema.ts';
import { customers } from '../customers/customers.schema.ts';
import { invitations } from '../invitations/invitations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const messagingChannelEnum = pgEnum('messaging_channel', MESSAGING_CHANNELS);
export const deliveryChannelEnum = pgEnum('delivery_channel', DELIVERY_CHANNELS);
export const messageStatusEnum = pgEnum('message_status', MESSAGE_STATUSES);
export const messageDirectionEnum = pgEnum('message_direction', ['out', 'in']);

/** Settings that are not secret, per channel (the secret ones are sealed in `secret`). */
export type ConnectionSettings = {
  /** Telegram: the bot's @username, learnt from getMe, for t.me deep links. */
  botName?: string;
  /** WhatsApp Cloud API. */
  phoneNumberId?: string;
  templates?: { invitation?: string; language?: string };
  /** SMS gateway template. */
  preset?: 'custom' | 'smsru' | 'twilio';
  url?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  sender?: string;
};

/**
 * A channel an organisation connected. `secret` (bot token, API token, gateway password headers)
 * is sealed by the secret box and never answered. `hookToken` names the organisation in its
 * provider callbacks' URL; `hookSecret` (sealed) is what the provider must prove it knows.
 */
export const channelConnections = pgTable(
  'channel_connections',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    kind: messagingChannelEnum('kind').notNull(),
    settings: jsonb('settings').$type<ConnectionSettings>().notNull().default({}),
    secret: text('secret'),
    hookToken: text('hook_token').notNull(),
    hookSecret: text('hook_secret').notNull(),
    ...timestamps(),
  },
  (t) => [
    unique('channel_connections_org_id_id').on(t.orgId, t.id),
    uniqueIndex('channel_connections_org_kind').on(t.orgId, t.kind),
    uniqueIndex('channel_connections_hook_token').on(t.hookToken),
  ],
);

/** The organisation's order for trying channels when the preferred one cannot be used. */
export const messagingSettings = pgTable('messaging_settings', {
  orgId: orgIdColumn()
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  fallbackOrder: text('fallback_order').array().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A customer's address on one channel (phone for SMS and WhatsApp, Telegram chat id, Viber user
 * id) and their consent to be written there: null `consentAt` means no consent.
 */
export const customerChannels = pgTable(
  'customer_channels',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    channel: messagingChannelEnum('channel').notNull(),
    address: text('address').notNull(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentSource: text('consent_source'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ name: 'customer_channels_pk', columns: [t.orgId, t.customerId, t.channel] }),
    index('customer_channels_address').on(t.orgId, t.channel, t.address),
    orgForeignKey('customer_channels_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

export const customerPreferredChannels = pgTable(
  'customer_preferred_channels',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    channel: deliveryChannelEnum('channel').notNull(),
  },
  (t) => [
    primaryKey({ name: 'customer_preferred_channels_pk', columns: [t.orgId, t.customerId] }),
    orgForeignKey('customer_preferred_channels_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

/**
 * Every message sent to or received from a customer on a messaging channel, with what the
 * provider answered. `invitationId` / `caseId` say what it was about; `awaiting` marks an
 * in-chat survey waiting for the customer's comment.
 */
export const messages = pgTable(
  'messages',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    channel: messagingChannelEnum('channel').notNull(),
    direction: messageDirectionEnum('direction').notNull(),
    customerId: uuid('customer_id'),
    invitationId: uuid('invitation_id'),
    caseId: uuid('case_id'),
    responseId: uuid('response_id'),
    address: text('address').notNull(),
    body: text('body').notNull(),
    status: messageStatusEnum('status').notNull().default('queued'),
    providerId: text('provider_id'),
    providerAnswer: text('provider_answer'),
    awaiting: text('awaiting'),
    ...timestamps(),
  },
  (t) => [
    unique('messages_org_id_id').on(t.orgId, t.id),
    index('messages_org_customer').on(t.orgId, t.customerId, t.createdAt),
    index('messages_org_invitation').on(t.orgId, t.invitationId),
    index('messages_org_case').on(t.orgId, t.caseId, t.createdAt),
    index('messages_org_address').on(t.orgId, t.channel, t.address, t.createdAt),
    index('messages_provider_id')
      .on(t.orgId, t.channel, t.providerId)
      .where(sql`${t.providerId} is not null`),
    orgForeignKey('messages_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
    orgForeignKey('messages_invitation_fk', t.orgId, t.invitationId, invitations).onDelete('cascade'),
    orgForeignKey('messages_case_fk', t.orgId, t.caseId, cases).onDelete('cascade'),
  ],
);

/**
 * Provider callbacks already handled (Telegram update_id, Viber message token, WhatsApp message
 * id, an SMS report's id): a retry finds its key here and changes nothing.
 */
export const channelUpdates = pgTable(
  'channel_updates',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    channel: messagingChannelEnum('channel').notNull(),
    updateKey: text('update_key').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'channel_updates_pk', columns: [t.orgId, t.channel, t.updateKey] })],
);

export type MessageRow = typeof messages.$inferSelect;
export type ConnectionRow = typeof channelConnections.$inferSelect;

/**
 * Each channel a message about one thing (an invitation, a review request) was tried on, in order:
 * a failed one keeps the provider's answer and is never tried again for that thing. A messenger
 * attempt points at its message, whose status delivery reports move on (sent → delivered); no
 * foreign key there, so removing an invitation's messages never blocks on its attempts.
 */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    subject: text('subject').$type<'invitation' | 'review_request' | 'gesture_task'>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    channel: deliveryChannelEnum('channel').notNull(),
    status: messageStatusEnum('status').notNull().default('queued'),
    providerAnswer: text('provider_answer'),
    messageId: uuid('message_id'),
    ...timestamps(),
  },
  (t) => [
    unique('delivery_attempts_org_id_id').on(t.orgId, t.id),
    index('delivery_attempts_subject').on(t.orgId, t.subject, t.subjectId),
    index('delivery_attempts_customer').on(t.orgId, t.customerId, t.createdAt),
    orgForeignKey('delivery_attempts_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

export type DeliveryAttemptRow = typeof deliveryAttempts.$inferSelect;
