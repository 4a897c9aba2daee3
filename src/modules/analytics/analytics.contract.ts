import { z } from 'zod';
import { RESPONSE_CHANNELS } from '../../shared/domain.ts';
import { CUSTOMER_SEGMENTS } from '../retention/index.ts';

const dateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Use a date (2026-01-31) or an ISO 8601 date-time',
});

export const metricFilters = z.object({
  from: dateOrTime.optional().describe("First day (in the organisation's time zone), inclusive"),
  to: dateOrTime.optional().describe('Last day, exclusive'),
  locationId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  staffId: z.uuid().optional(),
  surveyId: z.uuid().optional(),
  kind: z.enum(['product', 'brand', 'service']).optional(),
  channel: z.enum(RESPONSE_CHANNELS).optional(),
  language: z.string().max(20).optional(),
  segment: z
    .enum(CUSTOMER_SEGMENTS, { error: `Use one of: ${CUSTOMER_SEGMENTS.join(', ')}` })
    .optional()
    .describe(
      "The customer's current RFM segment (no_purchases: a known customer with no purchase yet); responses without a customer are left out",
    ),
  k: z.coerce.number().min(0).max(10).default(2).describe('Word-of-mouth weight of detractors'),
});

const ci = z.tuple([z.number(), z.number()]).nullable();
export const npsFigure = z.object({
  value: z.number().nullable(),
  n: z.number(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  ci95: ci,
  tooFew: z.boolean(),
});
export const shareFigure = z.object({
  value: z.number().nullable(),
  mean: z.number().nullable(),
  n: z.number(),
  ci95: ci,
  tooFew: z.boolean(),
});
export const figures = z.object({
  nps: npsFigure,
  csat: shareFigure,
  ces: shareFigure,
  wom: z.object({ value: z.number().nullable(), k: z.number() }),
  responses: z.number(),
});

export const summary = figures
  .extend({
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    previous: figures.nullable().describe('The same figures for the period just before, when from and to are given'),
    responseRate: z.object({ invited: z.number(), answered: z.number(), value: z.number().nullable() }),
    source: z.enum(['rollup', 'raw']),
    rebuild: z
      .object({ reason: z.string(), done: z.number(), steps: z.number() })
      .nullable()
      .describe('A pending rebuild of the stored figures (read from the responses meanwhile), with its progress'),
  })
  .meta({ id: 'MetricsSummary' });

export const METRICS = ['nps', 'csat', 'ces', 'wom'] as const;
export const BREAKDOWN_DIMS = [
  'touchpoint',
  'location',
  'staff',
  'kind',
  'survey',
  'channel',
  'language',
  'segment',
] as const;
export type BreakdownDim = (typeof BREAKDOWN_DIMS)[number];
export const timeseriesQuery = metricFilters.extend({
  metric: z.enum(METRICS).default('nps'),
  interval: z.enum(['day', 'week', 'month']).default('week'),
});
export const breakdownQuery = metricFilters.extend({
  metric: z.enum(METRICS).default('nps'),
  by: z.enum(BREAKDOWN_DIMS),
});

const metricItem = z.object({ value: z.number().nullable(), n: z.number() }).catchall(z.unknown());
export const timeseries = z
  .object({
    metric: z.enum(METRICS),
    interval: z.string(),
    items: z.array(metricItem.extend({ period: z.string() })),
    source: z.enum(['rollup', 'raw']),
  })
  .meta({ id: 'MetricsTimeseries' });
export const breakdown = z
  .object({
    metric: z.enum(METRICS),
    by: z.string(),
    items: z.array(metricItem.extend({ key: z.string(), label: z.string().nullable() })),
    source: z.enum(['rollup', 'raw']),
  })
  .meta({ id: 'MetricsBreakdown' });

export type MetricFilters = z.infer<typeof metricFilters>;
export type Metric = (typeof METRICS)[number];

export const driversQuery = z.object({
  from: dateOrTime.optional().describe("First day (in the organisation's time zone), inclusive"),
  to: dateOrTime.optional().describe('Last day, exclusive'),
  locationId: z.uuid().optional(),
});
export const drivers = z
  .object({
    method: z.literal('relative_weights'),
    outcome: z
      .string()
      .describe(
        "A case is a customer-month: the customer's latest NPS answer (0–10) that local month in a response not tied to a touchpoint, against their touchpoint scores that month. The period is read as the whole local months it touches",
      ),
    r2: z.number().nullable().describe('Share of the variance of overall NPS the touchpoints explain together (0–1)'),
    n: z.number().describe('Cases (customer-months) with an overall answer and at least one touchpoint score'),
    tooFew: z.boolean(),
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string().nullable(),
        kind: z.string().nullable(),
        importance: z.number().nullable().describe('Relative weight; the importances sum to r2'),
        share: z.number().nullable().describe('importance / r2, in %'),
        performance: z.number().nullable().describe('Mean touchpoint score, 0–100'),
        n: z.number(),
        tooFew: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'MetricsDrivers' });

export const staffViewQuery = z.object({
  from: dateOrTime.optional(),
  to: dateOrTime.optional(),
  interval: z.enum(['day', 'week', 'month']).default('week'),
  k: z.coerce.number().min(0).max(10).default(2),
});
export const staffView = z
  .object({
    staff: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    summary: figures,
    previous: figures.nullable(),
    trend: z.array(z.object({ period: z.string(), nps: npsFigure, csat: shareFigure, responses: z.number() })),
    comments: z.array(
      z.object({
        responseId: z.string(),
        submittedAt: z.string(),
        comment: z.string(),
        nps: z.number().nullable(),
        csat: z.number().nullable(),
        touchpointId: z.string().nullable(),
        locationId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MetricsStaffView' });
