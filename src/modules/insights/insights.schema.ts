import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { rootCauses } from '../cases/cases.schema.ts';
import { customers } from '../customers/customers.schema.ts';
import { locations } from '../locations/locations.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import { touchpoints } from '../touchpoints/touchpoints.schema.ts';
import { AUDIENCES, KINDS, STATUSES } from './insight-rules.ts';

export const insightAudienceEnum = pgEnum('insight_audience', AUDIENCES);
export const insightKindEnum = pgEnum('insight_kind', KINDS);
export const insightStatusEnum = pgEnum('insight_status', STATUSES);

/** A staff member's personal form link (`/i/{token}`): no password, revoked by issuing a new one. */
export const insightLinks = pgTable(
  'insight_links',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('insight_links_token').on(t.tokenHash),
    index('insight_links_staff').on(t.orgId, t.staffId),
    orgForeignKey('insight_links_staff_fk', t.orgId, t.staffId, staff).onDelete('cascade'),
  ],
);

export const insights = pgTable(
  'insights',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    audience: insightAudienceEnum('audience').notNull().default('staff'),
    kind: insightKindEnum('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    locationId: uuid('location_id'),
    touchpointId: uuid('touchpoint_id'),
    anonymous: boolean('anonymous').notNull().default(false),
    /** Null when anonymous: nothing in the row points at the person. */
    authorId: uuid('author_id'),
    /**
     * sha256 of "author:" + the link token an anonymous post came from: the link's holder finds
     * their posts (and the outcome) through it, while the row itself names nobody.
     */
    authorKey: text('author_key'),
    authorLanguage: text('author_language'),
    onBehalfOfCustomerId: uuid('on_behalf_of_customer_id'),
    status: insightStatusEnum('status').notNull().default('new'),
    outcome: text('outcome'),
    outcomeAt: timestamp('outcome_at', { withTimezone: true }),
    mergedIntoId: uuid('merged_into_id'),
    rootCauseId: uuid('root_cause_id'),
    /** Topics from the comment tagger (src/modules/text), for duplicates and evidence. */
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ...timestamps(),
  },
  (t) => [
    unique('insights_org_id_id').on(t.orgId, t.id),
    index('insights_org_status').on(t.orgId, t.status, t.id),
    index('insights_author_key')
      .on(t.authorKey)
      .where(sql`${t.authorKey} is not null`),
    orgForeignKey('insights_location_fk', t.orgId, t.locationId, locations),
    orgForeignKey('insights_touchpoint_fk', t.orgId, t.touchpointId, touchpoints),
    foreignKey({ name: 'insights_author_fk', columns: [t.orgId, t.authorId], foreignColumns: [staff.orgId, staff.id] }),
    orgForeignKey('insights_customer_fk', t.orgId, t.onBehalfOfCustomerId, customers),
    orgForeignKey('insights_merged_into_fk', t.orgId, t.mergedIntoId, t),
    orgForeignKey('insights_root_cause_fk', t.orgId, t.rootCauseId, rootCauses),
  ],
);

/** One vote per person per insight: the primary key is the de-duplication. */
export const insightVotes = pgTable(
  'insight_votes',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id').notNull(),
    staffId: uuid('staff_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.insightId, t.staffId] }),
    orgForeignKey('insight_votes_insight_fk', t.orgId, t.insightId, insights).onDelete('cascade'),
    orgForeignKey('insight_votes_staff_fk', t.orgId, t.staffId, staff).onDelete('cascade'),
  ],
);

export const insightComments = pgTable(
  'insight_comments',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id').notNull(),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('insight_comments_insight').on(t.orgId, t.insightId, t.id),
    orgForeignKey('insight_comments_insight_fk', t.orgId, t.insightId, insights).onDelete('cascade'),
    orgForeignKey('insight_comments_author_fk', t.orgId, t.authorId, staff),
  ],
);

/**
 * A customer's personal idea-board link (`/c/{token}`): tied to their customer record, stored only
 * as a hash, revoked by issuing a new one or by hand.
 */
export const customerIdeaLinks = pgTable(
  'customer_idea_links',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('customer_idea_links_token').on(t.tokenHash),
    index('customer_idea_links_customer').on(t.orgId, t.customerId),
    orgForeignKey('customer_idea_links_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

/** One vote per customer per idea: the primary key makes a repeated vote a no-op. */
export const insightCustomerVotes = pgTable(
  'insight_customer_votes',
  {
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    insightId: uuid('insight_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.insightId, t.customerId] }),
    index('insight_customer_votes_customer').on(t.orgId, t.customerId),
    orgForeignKey('insight_customer_votes_insight_fk', t.orgId, t.insightId, insights).onDelete('cascade'),
    orgForeignKey('insight_customer_votes_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);
