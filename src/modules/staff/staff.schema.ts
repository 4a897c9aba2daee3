import { sql } from 'drizzle-orm';
import { boolean, date, index, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const roleEnum = pgEnum('role', ['owner', 'manager', 'staff']);

/** A staff member is also the user who signs in: role and covered locations decide what they see. */
export const staff = pgTable(
  'staff',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    role: roleEnum('role').notNull().default('staff'),
    locationIds: uuid('location_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    position: text('position'),
    language: text('language'),
    active: boolean('active').notNull().default(true),
    /** The last working day of someone who left: staff exits per location (eNPS panel). */
    endedOn: date('ended_on'),
    passwordHash: text('password_hash'),
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: timestamp('invite_expires_at', { withTimezone: true }),
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    unique('staff_org_id_id').on(t.orgId, t.id),
    uniqueIndex('staff_org_email').on(t.orgId, sql`lower(${t.email})`),
    uniqueIndex('staff_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('staff_email').on(sql`lower(${t.email})`),
    uniqueIndex('staff_invite_token')
      .on(t.inviteTokenHash)
      .where(sql`${t.inviteTokenHash} is not null`),
  ],
);
