import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { roleEnum, staff } from '../staff/staff.schema.ts';

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_staff').on(t.staffId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    /** A manager/staff key acts as that staff member (their locations, their records). */
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_org').on(t.orgId)],
);

/** Stored answers to POSTs carrying an Idempotency-Key, so a retry gets the first result. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);

/**
 * Sign-in failures per account-and-address and per address (hashed keys), shared by every app
 * process so the limits hold however requests are spread. No org_id: a failed sign-in belongs to
 * no organisation yet.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    until: timestamp('until', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_throttle_last_at').on(t.lastAt)],
);
