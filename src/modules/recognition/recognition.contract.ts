import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { LEAD_REASONS } from './lead-user-score.ts';
import { POINT_KINDS, POINT_SOURCES } from './points-rules.ts';
import { mentionsPointsOrReviews, NOTICE_STATES } from './gesture-notice.ts';
import { ASSIGNEE_ROLES, GESTURE_KINDS, GESTURE_TASK_STATUSES, GESTURE_TRIGGERS } from './gesture-rules.ts';

export { GESTURE_KINDS, GESTURE_TRIGGERS };

const count = (max: number) => z.number().int().min(1).max(max).nullable().optional();
export const tierCriteria = z
  .object({
    minVisits: count(10_000).describe('Visits in the last 12 months'),
    minSpend: z.number().min(0).max(1e10).nullable().optional().describe('Amount spent in the last 12 months'),
    minTenureDays: count(36_500).describe('Days since the first visit'),
    minReferrals: count(10_000).describe('Qualified referrals in the last 12 months'),
  })
  .strict();
export const tier = z
  .object({
    id: z.uuid(),
    name: z.string(),
    rank: z.number().int(),
    match: z.enum(['any', 'all']),
    criteria: tierCriteria,
    manualOnly: z.boolean(),
    graceDays: z.number().int(),
    perks: z.string().nullable(),
    customers: z.number().int().describe('Customers in this tier now'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Tier' });
const tierFields = {
  name: z.string().trim().min(1).max(100),
  rank: z.number().int().min(1).max(100).describe('Higher is better; unique in the organisation'),
  match: z.enum(['any', 'all']).default('all'),
  criteria: tierCriteria.default({}),
  manualOnly: z.boolean().default(false),
  graceDays: z.number().int().min(0).max(730).default(90),
  perks: z.string().trim().max(2000).nullable().optional(),
};
const needsCriterion = (v: { manualOnly?: boolean; criteria?: z.infer<typeof tierCriteria> }, ctx: z.RefinementCtx) => {
  if (v.criteria && !v.manualOnly && !Object.values(v.criteria).some((c) => c != null))
    ctx.addIssue({
      code: 'custom',
      path: ['criteria'],
      message: 'Set at least one criterion, or make the tier manual only',
    });
};
export const tierCreate = z.object(tierFields).superRefine(needsCriterion);
export const tierUpdate = z
  .object({
    name: tierFields.name.optional(),
    rank: tierFields.rank.optional(),
    match: z.enum(['any', 'all']).optional(),
    criteria: tierCriteria.optional(),
    manualOnly: z.boolean().optional(),
    graceDays: z.number().int().min(0).max(730).optional(),
    perks: tierFields.perks,
  })
  .superRefine(needsCriterion);
export const tierPreviewBody = z.object({
  tiers: z
    .array(z.object({ id: z.uuid().optional(), ...tierFields }).superRefine(needsCriterion))
    .max(20)
    .describe('The whole proposed set; an id keeps that tier (and its members) as it is edited'),
});
export const tierPreview = z
  .object({
    customers: z.number().int(),
    moving: z.number().int().describe('Customers whose tier would change'),
    up: z.number().int(),
    down: z.number().int(),
    byTier: z.array(
      z.object({
        tierId: z.string().nullable(),
        name: z.string().nullable(),
        now: z.number().int(),
        after: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TierPreview' });

const noticeLine = z
  .string()
  .trim()
  .max(1000)
  .refine((t) => !mentionsPointsOrReviews(t), { error: 'A notice never mentions points or reviews' })
  .optional();
export const gestureNotice = z
  .object({ en: noticeLine, ru: noticeLine, bg: noticeLine })
  .refine((n) => Object.values(n).some((t) => t), { error: 'Write the notice in at least one language' })
  .describe(
    'What the customer is told when the gesture is owed, per language; {firstName} and {business} are filled in',
  )
  .meta({ id: 'GestureNotice' });

export const gesture = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(GESTURE_KINDS),
    description: z.string().nullable(),
    costEstimate: z.number().nullable(),
    trigger: z.enum(GESTURE_TRIGGERS),
    triggerVisit: z.number().int().nullable(),
    triggerTierId: z.uuid().nullable(),
    tierIds: z.array(z.uuid()),
    touchpointIds: z.array(z.uuid()),
    assigneeRole: z.enum(ASSIGNEE_ROLES),
    assigneeStaffId: z.uuid().nullable(),
    dueDays: z.number().int(),
    notice: gestureNotice.nullable(),
    noticeOnly: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Gesture' });
const gestureFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(GESTURE_KINDS),
  description: z.string().trim().max(2000).nullable().optional(),
  costEstimate: z.number().min(0).max(1e9).nullable().optional(),
  trigger: z.enum(GESTURE_TRIGGERS),
  triggerVisit: z.number().int().min(1).max(10_000).nullable().optional().describe('For nth_visit'),
  triggerTierId: z.uuid({ error: 'Must be a UUID' }).nullable().optional().describe('For tier_entry'),
  tierIds: z
    .array(z.uuid({ error: 'Must be a UUID' }))
    .max(20)
    .default([]),
  touchpointIds: z
    .array(z.uuid({ error: 'Must be a UUID' }))
    .max(50)
    .default([]),
  assigneeRole: z.enum(ASSIGNEE_ROLES).default('staff'),
  assigneeStaffId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
  dueDays: z.number().int().min(1).max(365).default(30).describe('Days to deliver before the task expires'),
  notice: gestureNotice.nullable().optional().describe('Off (null) by default: a surprise is not announced'),
  noticeOnly: z
    .boolean()
    .default(false)
    .describe('The notice is the gesture: its task is delivered when the notice is sent'),
  active: z.boolean().default(true),
};
const triggerNeeds = (
  v: { trigger?: string; triggerVisit?: number | null; triggerTierId?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.trigger === 'nth_visit' && !v.triggerVisit)
    ctx.addIssue({ code: 'custom', path: ['triggerVisit'], message: 'Say which visit (n)' });
  if (v.trigger === 'tier_entry' && !v.triggerTierId)
    ctx.addIssue({ code: 'custom', path: ['triggerTierId'], message: 'Choose the tier' });
};
export const gestureCreate = z.object(gestureFields).superRefine(triggerNeeds);
export const gestureUpdate = z
  .object({
    name: gestureFields.name.optional(),
    kind: z.enum(GESTURE_KINDS).optional(),
    description: gestureFields.description,
    costEstimate: gestureFields.costEstimate,
    trigger: z.enum(GESTURE_TRIGGERS).optional(),
    triggerVisit: gestureFields.triggerVisit,
    triggerTierId: gestureFields.triggerTierId,
    tierIds: z
      .array(z.uuid({ error: 'Must be a UUID' }))
      .max(20)
      .optional(),
    touchpointIds: z
      .array(z.uuid({ error: 'Must be a UUID' }))
      .max(50)
      .optional(),
    assigneeRole: z.enum(ASSIGNEE_ROLES).optional(),
    assigneeStaffId: gestureFields.assigneeStaffId,
    dueDays: z.number().int().min(1).max(365).optional(),
    notice: gestureFields.notice,
    noticeOnly: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .superRefine(triggerNeeds);
export const gestureListQuery = z.object({ active: z.enum(['true', 'false']).optional() });

export const gestureTask = z
  .object({
    id: z.uuid(),
    gestureId: z.uuid(),
    gestureName: z.string(),
    gestureKind: z.enum(GESTURE_KINDS),
    customerId: z.uuid(),
    customerName: z.string().nullable(),
    occasion: z.string(),
    locationId: z.uuid().nullable(),
    staffId: z.uuid().nullable(),
    role: z.enum(ASSIGNEE_ROLES),
    status: z.enum(GESTURE_TASK_STATUSES),
    dueAt: z.string(),
    deliveredAt: z.string().nullable(),
    deliveredBy: z.uuid().nullable(),
    interactionId: z.uuid().nullable(),
    skipReason: z.string().nullable(),
    noticeState: z
      .enum(NOTICE_STATES)
      .nullable()
      .describe("The gesture's notice: due, queued, sent, not_sent; null: none"),
    noticeChannel: z.string().nullable().describe('The channel the notice went by'),
    noticeError: z.string().nullable(),
    visitingToday: z.boolean().describe('The customer has a visit today at the task location'),
    todayInteractionId: z.uuid().nullable().describe("Today's latest visit there: where the gesture can be delivered"),
    createdAt: z.string(),
  })
  .meta({ id: 'GestureTask' });
export const gestureTaskListQuery = paginationQuery.extend({
  locationId: z.uuid({ error: 'Must be a UUID' }).optional(),
  staffId: z.uuid({ error: 'Must be a UUID' }).optional(),
  customerId: z.uuid({ error: 'Must be a UUID' }).optional(),
  status: z.enum(GESTURE_TASK_STATUSES).optional(),
  due: z
    .enum(['today', 'overdue', 'week'])
    .optional()
    .describe('today: customers visiting today with a gesture waiting, or due today; overdue; due within 7 days'),
});
export const gestureTaskCreate = z.object({
  gestureId: z.uuid({ error: 'Must be a UUID' }),
  customerId: z.uuid({ error: 'Must be a UUID' }),
  locationId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
  staffId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
  dueAt: isoDateTime.optional(),
});
export const gestureDeliver = z.object({
  staffId: z.uuid({ error: 'Must be a UUID' }),
  interactionId: z.uuid({ error: 'Must be a UUID' }),
});
export const gestureSkip = z.object({ reason: z.string().trim().min(1).max(500) });

export const customerRecognitionUpdate = z.object({
  birthday: z.iso.date({ error: 'Must be a date, e.g. 1990-04-30' }).nullable().optional(),
  preferences: z.string().trim().max(2000).nullable().optional(),
  remember: z.string().trim().max(2000).nullable().optional().describe('What staff should remember'),
  profilingOptOut: z.boolean().optional(),
  tierId: z
    .uuid({ error: 'Must be a UUID' })
    .nullable()
    .optional()
    .describe('Give a tier by hand; null returns the customer to earned tiers'),
});
export const loyalty = z
  .object({
    customerId: z.uuid(),
    tier: z.object({ id: z.uuid(), name: z.string(), rank: z.number().int() }).nullable(),
    since: z.string().nullable(),
    manual: z.boolean(),
    belowSince: z.string().nullable().describe('Below the threshold since (in grace); null when at or above it'),
    figures: z.object({
      visits: z.number().int(),
      spend: z.number(),
      tenureDays: z.number().int(),
      referrals: z.number().int(),
    }),
    progress: z
      .object({
        tierId: z.uuid(),
        name: z.string(),
        match: z.enum(['any', 'all']),
        criteria: z.array(z.object({ criterion: z.string(), have: z.number(), need: z.number() })),
      })
      .nullable(),
    profile: z.object({
      birthday: z.string().nullable(),
      preferences: z.string().nullable(),
      remember: z.string().nullable(),
      profilingOptOut: z.boolean(),
    }),
    gestures: z.array(gestureTask),
    points: z.object({ balance: z.number().int() }).nullable().describe('Null unless the optional points ledger is on'),
    betterElsewhere: z
      .array(z.object({ responseId: z.uuid(), answer: z.string(), submittedAt: z.string() }))
      .describe('Their answers to "who do you know who does this better?", newest first'),
  })
  .meta({ id: 'Loyalty' });

export type TierCreate = z.infer<typeof tierCreate>;
export type TierUpdate = z.infer<typeof tierUpdate>;
export type TierPreviewBody = z.infer<typeof tierPreviewBody>;
export type Gesture = z.infer<typeof gesture>;
export type GestureCreate = z.infer<typeof gestureCreate>;
export type GestureUpdate = z.infer<typeof gestureUpdate>;
export type GestureTaskListQuery = z.infer<typeof gestureTaskListQuery>;
export type GestureTaskCreate = z.infer<typeof gestureTaskCreate>;
export type CustomerRecognitionUpdate = z.infer<typeof customerRecognitionUpdate>;

export const recognitionFiguresQuery = z.object({
  from: isoDateTime.optional().describe('Default: 90 days before `to`'),
  to: isoDateTime.optional().describe('Default: now'),
  locationId: z.uuid({ error: 'Must be a UUID' }).optional(),
});
const deliveryFigures = z.object({
  closed: z.number().int().describe('Tasks closed in the period: delivered, skipped or expired'),
  delivered: z.number().int(),
  onTime: z.number().int().describe('Delivered by the due time'),
  skipped: z.number().int(),
  expired: z.number().int(),
  deliveryRate: z.number().nullable().describe('delivered / closed, %'),
  onTimeRate: z.number().nullable().describe('onTime / delivered, %'),
});
const ci = z.tuple([z.number(), z.number()]).nullable();
const groupFigures = z.object({
  customers: z.number().int(),
  repeatVisit: z.object({ value: z.number().nullable(), n: z.number().int(), ci95: ci, tooFew: z.boolean() }),
  nps: z.object({
    value: z.number().nullable(),
    n: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    ci95: ci,
    tooFew: z.boolean(),
  }),
});
export const recognitionFigures = z
  .object({
    from: z.string(),
    to: z.string(),
    delivery: deliveryFigures,
    byLocation: z.array(deliveryFigures.extend({ locationId: z.uuid().nullable() })),
    byStaff: z.array(deliveryFigures.extend({ staffId: z.uuid().nullable() })),
    gifted: groupFigures.describe('Customers who received a gesture closed in the period'),
    expired: groupFigures.describe('Customers whose gesture expired (and who received none): the control group'),
    tierMigration: z
      .array(z.object({ fromTierId: z.uuid().nullable(), toTierId: z.uuid().nullable(), customers: z.number().int() }))
      .describe('Moves between tiers during the period (null = no tier)'),
    tierMatrix: z
      .array(z.object({ fromTierId: z.uuid().nullable(), toTierId: z.uuid().nullable(), customers: z.number().int() }))
      .describe(
        'Each customer’s tier at `from` against their tier at `to` (null = none); customers with no tier at either end are left out',
      ),
    ideasFromTopLeadUsers: z
      .object({
        leadUsers: z.number().int().describe('Customers with a lead-user score above 0 (profiling opt-outs left out)'),
        topTenth: z.number().int().describe('The top tenth of them, rounded up'),
        ideas: z.number().int().describe('Customer ideas posted in the period'),
        fromTopTenth: z.number().int(),
        share: z.number().nullable().describe('fromTopTenth / ideas, %'),
      })
      .describe('How much of the idea board the top tenth of lead users carries'),
    ideasShippedPerQuarter: z
      .array(
        z.object({
          quarter: z.string().describe("e.g. 2026-Q2, on the organisation's clock"),
          shipped: z.number().int(),
        }),
      )
      .describe('Customer ideas marked done in the period, per quarter'),
  })
  .meta({ id: 'RecognitionFigures' });
export type RecognitionFiguresQuery = z.infer<typeof recognitionFiguresQuery>;

export const leadUsersQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
export const leadUsers = z
  .object({
    items: z.array(
      z.object({
        customerId: z.uuid(),
        name: z.string().nullable(),
        score: z.number().int().min(0).max(100),
        reasons: z.array(
          z.object({
            reason: z.enum(LEAD_REASONS),
            count: z.number().int(),
            points: z.number().int(),
          }),
        ),
        canInviteToCoCreate: z.boolean().describe('Only with the customer’s marketing (email) consent'),
      }),
    ),
    privacyNotice: z.object({ en: z.string(), ru: z.string(), bg: z.string() }),
  })
  .meta({ id: 'LeadUsers' });

export const coCreationInvite = z.object({
  details: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe('When and where, in the words of the business: added to the invitation as written'),
});
export const coCreationSent = z
  .object({ customerId: z.uuid(), to: z.string(), language: z.enum(['en', 'ru', 'bg']) })
  .meta({ id: 'CoCreationInvitation' });

export const pointsSettings = z.object({ enabled: z.boolean() }).meta({ id: 'PointsSettings' });
export const pointsEntry = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    kind: z.enum(POINT_KINDS),
    points: z.number().int().describe('Signed: what the entry adds to the balance'),
    sourceType: z.enum(POINT_SOURCES),
    sourceId: z.string(),
    reversesId: z.uuid().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    balance: z.number().int().describe("The customer's balance after this entry's request"),
  })
  .meta({ id: 'PointsEntry' });
export const pointsEntryCreate = z.object({
  customerId: z.uuid({ error: 'Must be a UUID' }),
  kind: z.enum(POINT_KINDS),
  points: z.number().int().min(1).max(1_000_000),
  sourceType: z.enum(POINT_SOURCES),
  sourceId: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('With sourceType and kind: one entry per event, whatever retries'),
  reversesId: z.uuid({ error: 'Must be a UUID' }).nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
export const pointsListQuery = paginationQuery.extend({ customerId: z.uuid({ error: 'Must be a UUID' }).optional() });
export type PointsEntryCreate = z.infer<typeof pointsEntryCreate>;
