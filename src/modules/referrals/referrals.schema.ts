import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { customers } from '../customers/customers.schema.ts';
import { interactions } from '../interactions/interactions.schema.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { staff } from '../staff/staff.schema.ts';
import type { AttributionMethod } from './attribution.ts';
import type { FraudFlag, ReferralStatus } from './fraud.ts';

export const REWARD_KINDS = ['gesture', 'gift', 'donation', 'discount'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

/** What both sides get and what qualifies. Non-cash by default; a reward never depends on a review. */
export const referralPrograms = pgTable(
  'referral_programs',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    rewardKind: text('reward_kind').$type<RewardKind>().notNull().default('gesture'),
    referrerReward: text('referrer_reward').notNull(),
    friendReward: text('friend_reward').notNull(),
    /** The referred customer's first completed interaction qualifies when its revenue reaches this. */
    minAmount: numeric('min_amount', { precision: 14, scale: 2, mode: 'number' }),
    holdDays: integer('hold_days').notNull().default(14),
    /** Where `/r/{code}` sends the visitor on (the business's site or booking page). */
    landingUrl: text('landing_url'),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [unique('referral_programs_org_id_id').on(t.orgId, t.id)],
);

/** A customer's own code; codes are unique across organisations because `/r/{code}` names no organisation. */
export const referralCodes = pgTable(
  'referral_codes',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id').notNull(),
    code: text('code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('referral_codes_code').on(t.code),
    uniqueIndex('referral_codes_customer').on(t.orgId, t.customerId),
    orgForeignKey('referral_codes_customer_fk', t.orgId, t.customerId, customers).onDelete('cascade'),
  ],
);

/** A visit of `/r/{code}`; IP and device are kept only as hashes, for the fraud rules. */
export const referralVisits = pgTable(
  'referral_visits',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    referrerId: uuid('referrer_id').notNull(),
    ipHash: text('ip_hash'),
    deviceHash: text('device_hash'),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('referral_visits_org_id_id').on(t.orgId, t.id),
    index('referral_visits_referrer').on(t.orgId, t.referrerId, t.visitedAt),
    orgForeignKey('referral_visits_referrer_fk', t.orgId, t.referrerId, customers).onDelete('cascade'),
  ],
);

/** Every claim that someone referred a customer; attribution picks the strongest. */
export const referralClaims = pgTable(
  'referral_claims',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    referredId: uuid('referred_id').notNull(),
    referrerId: uuid('referrer_id').notNull(),
    method: text('method').$type<AttributionMethod>().notNull(),
    visitId: uuid('visit_id'),
    enteredBy: uuid('entered_by').references(() => staff.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referral_claims_referred').on(t.orgId, t.referredId),
    orgForeignKey('referral_claims_referred_fk', t.orgId, t.referredId, customers).onDelete('cascade'),
    orgForeignKey('referral_claims_referrer_fk', t.orgId, t.referrerId, customers).onDelete('cascade'),
    orgForeignKey('referral_claims_visit_fk', t.orgId, t.visitId, referralVisits),
  ],
);

/** One referral per referred customer, for life. */
export const referrals = pgTable(
  'referrals',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    programId: uuid('program_id'),
    referrerId: uuid('referrer_id').notNull(),
    referredId: uuid('referred_id').notNull(),
    method: text('method').$type<AttributionMethod>().notNull(),
    status: text('status').$type<ReferralStatus>().notNull(),
    flags: text('flags')
      .array()
      .$type<FraudFlag[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    ipHash: text('ip_hash'),
    deviceHash: text('device_hash'),
    qualifyingInteractionId: uuid('qualifying_interaction_id'),
    qualifiedAt: timestamp('qualified_at', { withTimezone: true }),
    rewardedAt: timestamp('rewarded_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('referrals_org_id_id').on(t.orgId, t.id),
    uniqueIndex('referrals_referred').on(t.orgId, t.referredId),
    index('referrals_referrer').on(t.orgId, t.referrerId, t.createdAt),
    index('referrals_org_status').on(t.orgId, t.status, t.createdAt),
    orgForeignKey('referrals_program_fk', t.orgId, t.programId, referralPrograms),
    orgForeignKey('referrals_referrer_fk', t.orgId, t.referrerId, customers).onDelete('cascade'),
    orgForeignKey('referrals_referred_fk', t.orgId, t.referredId, customers).onDelete('cascade'),
    orgForeignKey('referrals_interaction_fk', t.orgId, t.qualifyingInteractionId, interactions),
  ],
);

export const NAME_CREDIT_STATUSES = ['pending', 'resolved', 'dismissed'] as const;
export type NameCreditStatus = (typeof NAME_CREDIT_STATUSES)[number];

/**
 * A survey answer "who recommended you?" that gave only a name: waits for a person to say which
 * customer that is (then it becomes a survey claim) or to dismiss it. One per referred customer.
 */
export const referralNameCredits = pgTable(
  'referral_name_credits',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    referredId: uuid('referred_id').notNull(),
    /** The name as the respondent typed it. */
    name: text('name').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
    status: text('status').$type<NameCreditStatus>().notNull().default('pending'),
    referrerId: uuid('referrer_id'),
    resolvedBy: uuid('resolved_by').references(() => staff.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('referral_name_credits_org_id_id').on(t.orgId, t.id),
    uniqueIndex('referral_name_credits_referred').on(t.orgId, t.referredId),
    index('referral_name_credits_org_status').on(t.orgId, t.status, t.createdAt),
    orgForeignKey('referral_name_credits_referred_fk', t.orgId, t.referredId, customers).onDelete('cascade'),
    orgForeignKey('referral_name_credits_referrer_fk', t.orgId, t.referrerId, customers).onDelete('cascade'),
  ],
);
