import { z } from 'zod';
import { SEGMENTS } from './retention.math.ts';

const date = z.iso.date({ error: 'Use a date (2026-01-31)' });
const ci = z.tuple([z.number(), z.number()]).nullable();
const rateFigure = z.object({
  value: z.number().nullable(),
  hits: z.number(),
  n: z.number(),
  ci95: ci,
  tooFew: z.boolean(),
});
const npsFigure = z.object({
  value: z.number().nullable(),
  n: z.number(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  ci95: ci,
  tooFew: z.boolean(),
});

export const rangeQuery = z.object({
  from: date.optional().describe("First day (in the organisation's time zone), inclusive; all history when absent"),
  to: date.optional().describe('Last day, exclusive'),
});

export const retentionSummary = z
  .object({
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    repeatRate: rateFigure.describe(
      'Customers with ≥ 2 purchases in the window / customers with ≥ 1 (hits = the former, n = the latter)',
    ),
    purchases: z.number(),
    revenue: z.number(),
    newCustomers: z.object({ n: z.number(), revenue: z.number() }).describe('First purchase ever in the window'),
    returningCustomers: z.object({ n: z.number(), revenue: z.number() }).describe('Had purchased before the window'),
  })
  .meta({ id: 'RetentionSummary' });

export const cohortsQuery = z.object({
  by: z.enum(['month']).default('month'),
  groupBy: z.enum(['channel', 'campaign', 'none']).default('none'),
  months: z.coerce.number().int().min(1).max(36).default(12),
});
export const cohorts = z
  .object({
    by: z.literal('month'),
    groupBy: z.string(),
    currentMonth: z.string(),
    items: z.array(
      z.object({
        cohort: z.string(),
        group: z.string(),
        size: z.number(),
        retention: z.array(z.object({ k: z.number(), customers: z.number(), pct: z.number().nullable() })),
      }),
    ),
  })
  .meta({ id: 'RetentionCohorts' });

const rfmItem = z.object({
  customers: z.number(),
  purchases: z.number(),
  revenue: z.number(),
  clv: z.number().nullable().describe('Historic lifetime value: revenue per customer'),
  nps: npsFigure,
});
export const rfm = z
  .object({
    customers: z.number(),
    segments: z.array(rfmItem.extend({ segment: z.enum(SEGMENTS) })),
    channels: z.array(rfmItem.extend({ channel: z.string().nullable() })),
    bySegmentAndChannel: z.array(
      z.object({
        segment: z.enum(SEGMENTS),
        channel: z.string().nullable(),
        customers: z.number(),
        revenue: z.number(),
        clv: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'RetentionRfm' });

export const experienceQuery = rangeQuery.extend({
  days: z.coerce
    .number()
    .int()
    .min(1)
    .max(730)
    .default(90)
    .describe('Window after the answer in which a purchase counts'),
});
export const experience = z
  .object({
    days: z.number(),
    items: z.array(
      z.object({
        band: z.enum(['promoter', 'passive', 'detractor']),
        customers: z.number(),
        pending: z.number().describe('Answered less than `days` ago: not counted yet'),
        repeatRate: rateFigure,
      }),
    ),
    gap: z.number().nullable().describe('Repeat rate of promoters minus that of detractors, in points'),
  })
  .meta({ id: 'RetentionExperience' });
