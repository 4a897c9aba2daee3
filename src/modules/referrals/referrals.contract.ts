import { z } from 'zod';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { ATTRIBUTION_METHODS } from './attribution.ts';
import { FRAUD_FLAGS, REFERRAL_STATUSES } from './fraud.ts';
import { NAME_CREDIT_STATUSES, REWARD_KINDS } from './referrals.schema.ts';

export const referralProgram = z
  .object({
    id: z.uuid(),
    name: z.string(),
    rewardKind: z.enum(REWARD_KINDS),
    referrerReward: z.string(),
    friendReward: z.string(),
    minAmount: z.number().nullable(),
    holdDays: z.number().int(),
    landingUrl: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReferralProgram' });
export const referralProgramCreate = z.object({
  name: z.string().trim().min(1).max(200),
  rewardKind: z.enum(REWARD_KINDS).default('gesture').describe('Non-cash by default; there is no cash option'),
  referrerReward: z.string().trim().min(1).max(500).describe('What the recommending customer gets'),
  friendReward: z.string().trim().min(1).max(500).describe('What the new customer gets'),
  minAmount: z.number().min(0).max(1e9).nullable().optional(),
  holdDays: z.number().int().min(0).max(365).default(14),
  landingUrl: z
    .url({ error: 'Must be a URL' })
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), { error: 'Must start with https:// or http://' })
    .nullable()
    .optional(),
  active: z.boolean().default(true),
});
export const referralProgramUpdate = z.object({
  name: referralProgramCreate.shape.name.optional(),
  rewardKind: z.enum(REWARD_KINDS).optional(),
  referrerReward: referralProgramCreate.shape.referrerReward.optional(),
  friendReward: referralProgramCreate.shape.friendReward.optional(),
  minAmount: referralProgramCreate.shape.minAmount,
  holdDays: z.number().int().min(0).max(365).optional(),
  landingUrl: referralProgramCreate.shape.landingUrl,
  active: z.boolean().optional(),
});

export const referralCode = z
  .object({
    customerId: z.uuid(),
    code: z.string(),
    url: z.string().describe('The link the customer shares themselves'),
    qrSvg: z.string().describe('The link as a QR code (SVG)'),
  })
  .meta({ id: 'ReferralCode' });

export const referral = z
  .object({
    id: z.uuid(),
    programId: z.uuid().nullable(),
    referrerId: z.uuid(),
    referrerName: z.string().nullable(),
    referredId: z.uuid(),
    referredName: z.string().nullable(),
    method: z.enum(ATTRIBUTION_METHODS),
    status: z.enum(REFERRAL_STATUSES),
    flags: z.array(z.enum(FRAUD_FLAGS)),
    qualifyingInteractionId: z.uuid().nullable(),
    qualifiedAt: z.string().nullable(),
    rewardedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Referral' });
export const referralListQuery = paginationQuery.extend({
  status: z.enum(REFERRAL_STATUSES).optional(),
  referrerId: z.uuid().optional(),
});
export const referralClaim = z
  .object({
    referredId: z.uuid({ error: 'Must be a UUID' }),
    method: z.enum(['code', 'link', 'staff']).describe('A survey answer claims through the referral_source question'),
    code: z.string().trim().max(20).optional().describe('For code and link'),
    referrerId: z.uuid({ error: 'Must be a UUID' }).optional().describe('For a staff entry'),
  })
  .superRefine((v, ctx) => {
    if (v.method !== 'staff' && !v.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'Give the code' });
    if (v.method === 'staff' && !v.referrerId)
      ctx.addIssue({ code: 'custom', path: ['referrerId'], message: 'Choose who recommended' });
  });
export const referralDecision = z.object({
  decision: z.enum(['approve', 'block']).describe('A person clears the flags of a flagged referral, or blocks it'),
});

export const nameCredit = z
  .object({
    id: z.uuid(),
    referredId: z.uuid(),
    referredName: z.string().nullable(),
    name: z.string().describe('Who recommended, as the respondent typed it'),
    answeredAt: z.string(),
    status: z.enum(NAME_CREDIT_STATUSES),
    referrerId: z.uuid().nullable().describe('The customer a person said it is'),
    referrerName: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    suggestions: z
      .array(
        z.object({
          customerId: z.uuid(),
          name: z.string().nullable(),
          score: z.number().describe('0–1: how alike the names are'),
          matched: z.array(z.string()).describe('The words of the name that match'),
        }),
      )
      .describe('While pending: customers with a name alike, best first'),
    referral: z
      .object({
        referrerId: z.uuid(),
        referrerName: z.string().nullable(),
        method: z.enum(ATTRIBUTION_METHODS),
        status: z.enum(REFERRAL_STATUSES),
      })
      .nullable()
      .describe("The referred customer's referral as attribution decided it (a code or link beats a survey answer)"),
  })
  .meta({ id: 'ReferralNameCredit' });
export const nameCreditListQuery = paginationQuery.extend({ status: z.enum(NAME_CREDIT_STATUSES).optional() });
export const nameCreditDecision = z
  .object({
    decision: z.enum(['credit', 'dismiss']),
    referrerId: z.uuid({ error: 'Must be a UUID' }).optional().describe('For credit: the customer who recommended'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'credit' && !v.referrerId)
      ctx.addIssue({ code: 'custom', path: ['referrerId'], message: 'Choose who recommended' });
  });

export const wordOfMouthQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  locationId: z.uuid().optional(),
});
export const wordOfMouth = z
  .object({
    newCustomers: z.number().int(),
    referredNewCustomers: z.number().int(),
    share: z.number().nullable().describe('Referred share of new customers, %'),
    byMonth: z.array(
      z.object({
        month: z.string(),
        locationId: z.uuid().nullable(),
        newCustomers: z.number().int(),
        referred: z.number().int(),
      }),
    ),
    promoters: z.object({
      customers: z.number().int(),
      referrers: z.number().int(),
      rate: z.number().nullable().describe('% of promoters (latest NPS 9–10) who referred someone'),
    }),
    others: z.object({ customers: z.number().int(), referrers: z.number().int(), rate: z.number().nullable() }),
    retention: z.object({
      referred: z.object({ customers: z.number().int(), returned90: z.number().int(), revenue90: z.number() }),
      others: z.object({ customers: z.number().int(), returned90: z.number().int(), revenue90: z.number() }),
    }),
    referrals: z.record(z.enum(REFERRAL_STATUSES), z.number().int()),
  })
  .meta({ id: 'WordOfMouth' });

export type ReferralProgramCreate = z.infer<typeof referralProgramCreate>;
export type ReferralProgramUpdate = z.infer<typeof referralProgramUpdate>;
export type ReferralClaim = z.infer<typeof referralClaim>;
export type ReferralListQuery = z.infer<typeof referralListQuery>;
export type NameCreditListQuery = z.infer<typeof nameCreditListQuery>;
export type NameCreditDecision = z.infer<typeof nameCreditDecision>;
export type WordOfMouthQuery = z.infer<typeof wordOfMouthQuery>;
