import { boolean, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import type { EventType } from '../../platform/events.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const webhooks = pgTable(
  'webhooks',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: text('events').array().$type<EventType[]>().notNull(),
    active: boolean('active').notNull().default(true),
    description: text('description'),
    /** Kept in clear: signing needs it. Shown to the owner only when created or rotated. */
    secret: text('secret').notNull(),
    /** After a rotation the old secret still signs (a second v1) until this time. */
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: timestamp('previous_secret_expires_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index('webhooks_org').on(t.orgId)],
);

/** One row per HTTP attempt; only the last few per webhook are kept. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    attempt: smallint('attempt').notNull(),
    ok: boolean('ok').notNull(),
    /** False on success and after the last attempt. */
    willRetry: boolean('will_retry').notNull(),
    statusCode: smallint('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('webhook_deliveries_webhook').on(t.webhookId, t.id.desc()),
    index('webhook_deliveries_event').on(t.webhookId, t.eventId),
  ],
);
