import { z } from 'zod';
import { THRESHOLD_DEFAULT, THRESHOLD_MAX, THRESHOLD_MIN } from './suppression.ts';

const uuid = z.uuid({ error: 'Must be a UUID' });
const itemText = z
  .object({ en: z.string().trim().min(3).max(300) })
  .catchall(z.string().trim().min(1).max(300))
  .describe('The statement per language (en required; ru, bg …)');

export const pulseItem = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,40}$/, 'Lowercase letters, digits and _'),
  text: itemText,
});

export const pulseSurvey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    cadence: z.enum(['monthly', 'quarterly']),
    items: z.array(z.object({ id: z.string(), text: z.record(z.string(), z.string()) })),
    threshold: z.number().int(),
    active: z.boolean(),
    runs: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PulseSurvey' });

const threshold = z
  .number()
  .int()
  .min(THRESHOLD_MIN, `At least ${THRESHOLD_MIN}`)
  .max(THRESHOLD_MAX, `At most ${THRESHOLD_MAX}`)
  .describe(
    'Anonymity threshold T: a group is shown only with at least T answers; cannot be lowered once a run opened',
  );

export const pulseSurveyCreate = z.object({
  name: z.string().trim().min(1).max(200),
  cadence: z.enum(['monthly', 'quarterly']).default('monthly'),
  items: z
    .array(pulseItem)
    .max(4, 'At most four items beside the eNPS question')
    .default([])
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'Item ids must differ'),
  threshold: threshold.default(THRESHOLD_DEFAULT),
  active: z.boolean().default(true),
});
export const pulseSurveyUpdate = z.object({
  name: pulseSurveyCreate.shape.name.optional(),
  cadence: z.enum(['monthly', 'quarterly']).optional(),
  items: pulseSurveyCreate.shape.items.optional(),
  threshold: threshold.optional(),
  active: z.boolean().optional(),
});

export const runCreate = z.object({
  closesInDays: z.number().int().min(1).max(60).default(14),
});
export const pulseRun = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    openedAt: z.string(),
    closesAt: z.string(),
    invited: z.number().int(),
    threshold: z.number().int(),
  })
  .meta({ id: 'PulseRun' });

export const enpsQuery = z.object({
  from: z.iso.date({ error: 'A date, e.g. 2026-01-01' }).optional(),
  to: z.iso.date({ error: 'A date, e.g. 2026-12-31' }).optional(),
  by: z.enum(['location', 'role']).optional(),
  surveyId: uuid.optional(),
  locationId: uuid.optional(),
  role: z.enum(['owner', 'manager', 'staff']).optional(),
});

const enpsFigure = z.object({
  value: z.number().nullable(),
  n: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  ci95: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('95% interval: ± 1.96 × sqrt((p + d − (p − d)²) / n) × 100'),
});
const group = z.object({
  key: z.string(),
  name: z.string(),
  hidden: z
    .boolean()
    .describe('True when fewer than T answers, or hidden so that a hidden sibling cannot be worked out'),
  enps: enpsFigure.nullable(),
  invited: z.number().int().nullable(),
  participation: z.number().nullable().describe('Answers ÷ invited, %, over the released figures'),
});
export const enpsResult = z
  .object({
    from: z.string(),
    to: z.string(),
    threshold: z.number().int().describe('The highest threshold among the runs of the period'),
    total: group,
    groups: z.array(group),
  })
  .meta({ id: 'EnpsResult' });

export const panelQuery = z.object({ from: enpsQuery.shape.from, to: enpsQuery.shape.to, surveyId: uuid.optional() });
export const enpsPanel = z
  .object({
    locations: z.array(
      z.object({
        locationId: z.uuid(),
        name: z.string(),
        enps: z.number().nullable().describe('Null when hidden by the anonymity rules'),
        enpsN: z.number().int().nullable(),
        customerNps: z.number().nullable(),
        customerN: z.number().int(),
        exits: z.number().int().describe('Staff whose end date falls in the period'),
        compliance: z.number().nullable().describe('Audit compliance in the period, %; null without audits'),
        audits: z.number().int().describe('Submitted audits behind the compliance figure'),
      }),
    ),
    correlation: z.number().nullable().describe('Pearson r of eNPS and customer NPS; only with at least 5 locations'),
  })
  .meta({ id: 'EnpsPanel' });

export const commentsQuery = panelQuery.extend({ locationId: uuid.optional() });
export const pulseComments = z
  .object({
    threshold: z.number().int(),
    items: z.array(
      z.object({
        id: z.uuid(),
        comment: z.string(),
        submittedOn: z.string(),
        replies: z.array(z.object({ body: z.string(), createdAt: z.string() })),
      }),
    ),
  })
  .meta({ id: 'PulseComments' });
export const replyCreate = z.object({ body: z.string().trim().min(1).max(2000) });
export const pulseReply = z
  .object({ id: z.uuid(), body: z.string(), createdAt: z.string() })
  .meta({ id: 'PulseReply' });

export type PulseSurveyCreate = z.infer<typeof pulseSurveyCreate>;
export type PulseSurveyUpdate = z.infer<typeof pulseSurveyUpdate>;
export type EnpsQuery = z.infer<typeof enpsQuery>;
export type EnpsResult = z.infer<typeof enpsResult>;
export type EnpsPanel = z.infer<typeof enpsPanel>;
