import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.schema.ts';

/** An organisation's own SMTP server and sender; without a row, mail goes out as the server is configured. */
export const orgMailSettings = pgTable('org_mail_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  host: text('host').notNull(),
  port: integer('port').notNull(),
  username: text('username'),
  /** secretBox-sealed; never returned. */
  passwordSealed: text('password_sealed'),
  senderName: text('sender_name'),
  fromAddress: text('from_address').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
