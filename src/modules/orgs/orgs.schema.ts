import { integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../platform/db/ids.ts';

export const orgs = pgTable('orgs', {
  id: uuid('id').primaryKey().$defaultFn(newId),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  defaultLanguage: text('default_language').notNull().default('en'),
  /** Branding of the respondent page and emails. */
  brandColor: text('brand_color').notNull().default('#0f766e'),
  logoUrl: text('logo_url'),
  /** At most one survey invitation per customer per this many days, across all surveys. */
  inviteThrottleDays: integer('invite_throttle_days').notNull().default(30),
  /** No invitations are sent between these local hours (start inclusive, end exclusive). */
  quietHoursStart: smallint('quiet_hours_start').notNull().default(21),
  quietHoursEnd: smallint('quiet_hours_end').notNull().default(9),
  /** Where customers reach this organisation's links (QR codes, invitations, widget); ZABOTA_PUBLIC_URL when null. */
  publicUrl: text('public_url'),
  /** One currency for the organisation's money figures (ISO 4217). */
  currency: text('currency').notNull().default('EUR'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
