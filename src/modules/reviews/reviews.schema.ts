import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { cases } from '../cases/cases.schema.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';

export const REVIEW_PLATFORMS = ['google', 'yandex_maps', '2gis', 'facebook', 'tripadvisor', 'other'] as const;
export type ReviewPlatform = (typeof REVIEW_PLATFORMS)[number];
export const REVIEW_REQUEST_STATUSES = ['scheduled', 'sent', 'clicked', 'skipped', 'bounced'] as const;
export type ReviewRequestStatus = (typeof REVIEW_REQUEST_STATUSES)[number];

/** A request mail per language; `{name}`, `{business}` and `{link}` are filled in. */
export type RequestTemplates = Record<string, { subject: string; body: string }>;
export type ReplyTemplate = { name: string; language: string; body: string };
/** A reply log entry: a draft saved, a reply posted through the API, copied for a site without one, or refused. */
export const REPLY_KINDS = ['draft', 'posted', 'copied', 'failed'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/** Where a location's customers can write a public review. */
export const reviewSources = pgTable(
  'review_sources',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id').notNull(),
    platform: text('platform').$type<ReviewPlatform>().notNull(),
    /** The write-a-review link customers are sent to. */
    url: text('url').notNull(),
    /** Google Business Profile: `accounts/{a}/locations/{l}`, to read reviews and post replies. */
    externalRef: text('external_ref'),
    /** Google polling: the last good read, the last failure's reason, failures in a row, the next try. */
    lastSyncAt: timestamp('last_sync_at', { withTimezone: true }),
    lastSyncError: text('last_sync_error'),
    syncFailures: integer('sync_failures').notNull().default(0),
    nextSyncAt: timestamp('next_sync_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('review_sources_org_id_id').on(t.orgId, t.id),
    index('review_sources_org_location').on(t.orgId, t.locationId),
    orgForeignKey('review_sources_location_fk', t.orgId, t.locationId, locations).onDelete('cascade'),
  ],
);

/** One row per organisation: whether and how review requests go out, reply templates, the Google connection. */
export const reviewSettings = pgTable('review_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => orgs.id, { onDelete: 'cascade' }),
  requestsEnabled: boolean('requests_enabled').notNull().default(false),
  delayHours: integer('delay_hours').notNull().default(2),
  requestTemplates: jsonb('request_templates').$type<RequestTemplates>().notNull().default({}),
  replyTemplates: jsonb('reply_templates').$type<ReplyTemplate[]>().notNull().default([]),
  recoveryDueHours: integer('recovery_due_hours').notNull().default(48),
  googleBaseUrl: text('google_base_url'),
  /** OAuth access token for the Business Profile API; never returned by the API. */
  googleAccessToken: text('google_access_token'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Staff, relatives, owners: never asked for a public review. */
export const reviewInsiders = pgTable(
  'review_insiders',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId] }),
    orgForeignKey('review_insiders_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

export const reviewRequests = pgTable(
  'review_requests',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    locationId: uuid('location_id'),
    sourceId: uuid('source_id'),
    status: text('status').$type<ReviewRequestStatus>().notNull(),
    reason: text('reason'),
    language: text('language').notNull(),
    tokenHash: text('token_hash').notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('review_requests_org_id_id').on(t.orgId, t.id),
    uniqueIndex('review_requests_token').on(t.tokenHash),
    // One request per interaction, however often the trigger runs.
    uniqueIndex('review_requests_interaction').on(t.orgId, t.interactionId),
    index('review_requests_org_customer').on(t.orgId, t.customerId, t.scheduledFor),
    orgForeignKey('review_requests_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
    orgForeignKey('review_requests_interaction_fk', t.orgId, t.interactionId, interactions).onDelete('cascade'),
    orgForeignKey('review_requests_source_fk', t.orgId, t.sourceId, reviewSources),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    sourceId: uuid('source_id'),
    locationId: uuid('location_id'),
    platform: text('platform').$type<ReviewPlatform>().notNull(),
    externalId: text('external_id').notNull(),
    rating: smallint('rating'),
    text: text('text'),
    author: text('author'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull(),
    sentiment: text('sentiment'),
    emotion: text('emotion'),
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    replyText: text('reply_text'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    /** A reply being written: kept until it is posted (or thrown away), so it survives a closed tab. */
    draftText: text('draft_text'),
    draftBy: uuid('draft_by').references(() => staff.id, { onDelete: 'set null' }),
    draftAt: timestamp('draft_at', { withTimezone: true }),
    customerId: uuid('customer_id'),
    interactionId: uuid('interaction_id'),
    matchedBy: uuid('matched_by').references(() => staff.id, { onDelete: 'set null' }),
    caseId: uuid('case_id'),
    /** Set when the recovery check has looked at this review (a case or not); null = to look at. */
    recoveryCheckedAt: timestamp('recovery_checked_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('reviews_org_id_id').on(t.orgId, t.id),
    uniqueIndex('reviews_org_external').on(t.orgId, t.platform, t.externalId),
    index('reviews_org_date').on(t.orgId, t.reviewedAt.desc(), t.id.desc()),
    index('reviews_org_location').on(t.orgId, t.locationId, t.reviewedAt),
    index('reviews_recovery_pending')
      .on(t.createdAt)
      .where(sql`${t.recoveryCheckedAt} is null`),
    orgForeignKey('reviews_source_fk', t.orgId, t.sourceId, reviewSources),
    orgForeignKey('reviews_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('reviews_customer_fk', t.orgId, t.customerId, customers),
    orgForeignKey('reviews_interaction_fk', t.orgId, t.interactionId, interactions),
    orgForeignKey('reviews_case_fk', t.orgId, t.caseId, cases),
  ],
);

/** The unique key that makes "one recovery case per review" hold under retries and restarts. */
export const reviewRecoveries = pgTable(
  'review_recoveries',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id').notNull(),
    caseId: uuid('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.reviewId] }),
    orgForeignKey('review_recoveries_review_fk', t.orgId, t.reviewId, reviews).onDelete('cascade'),
  ],
);

/** Every draft saved and every reply posted, copied or refused: the reply log. */
export const reviewReplies = pgTable(
  'review_replies',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id').notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id').references(() => staff.id, { onDelete: 'set null' }),
    kind: text('kind').$type<ReplyKind>().notNull().default('copied'),
    /** What the platform's API answered (Google's reply time, or its error); null when nothing was sent. */
    response: text('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('review_replies_review').on(t.orgId, t.reviewId, t.createdAt),
    orgForeignKey('review_replies_review_fk', t.orgId, t.reviewId, reviews).onDelete('cascade'),
  ],
);
