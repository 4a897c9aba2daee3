import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { CASE_EVENT_TYPES, CASE_STATUSES } from './cases.schema.ts';
import { PRIORITIES } from './rules.ts';

const SOURCES = ['rule', 'phone', 'review', 'frontline', 'email', 'other', 'audit'] as const;
export const CONTACT_METHODS = ['call', 'email', 'message', 'meeting'] as const;

export const caseItem = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    title: z.string(),
    source: z.enum(SOURCES),
    status: z.enum(CASE_STATUSES),
    priority: z.enum(PRIORITIES),
    responseId: z.uuid().nullable(),
    ruleId: z.uuid().nullable(),
    customerId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    touchpointId: z.uuid().nullable(),
    staffId: z.uuid().nullable(),
    ownerId: z.uuid().nullable(),
    openedAt: z.string(),
    dueAt: z.string(),
    firstActionAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    breachedAt: z.string().nullable(),
    escalationLevel: z.number().int(),
    rootCauseId: z.uuid().nullable(),
    resolution: z.string().nullable(),
    followUpScore: z.number().int().nullable(),
    overdue: z.boolean(),
    customerName: z.string().nullable(),
    locationName: z.string().nullable(),
    ownerName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Case' });

export const caseEvent = z
  .object({
    id: z.uuid(),
    type: z.enum(CASE_EVENT_TYPES),
    actorId: z.uuid().nullable(),
    actorName: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .meta({ id: 'CaseEvent' });
export const caseDetail = caseItem.extend({ events: z.array(caseEvent) }).meta({ id: 'CaseDetail' });

export const caseCreate = z.object({
  title: z.string().trim().min(1).max(300),
  source: z.enum(['phone', 'review', 'frontline', 'email', 'other']),
  priority: z.enum(PRIORITIES).default('normal'),
  customerId: z.uuid().nullable().optional(),
  locationId: z.uuid().nullable().optional(),
  touchpointId: z.uuid().nullable().optional(),
  staffId: z.uuid().nullable().optional(),
  ownerId: z.uuid().nullable().optional().describe("Default: the location's manager, else the owner"),
  dueAt: isoDateTime.optional().describe('Default: one business day'),
  note: z.string().trim().max(10_000).optional(),
});

export const casePatch = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  ownerId: z.uuid().optional(),
  dueAt: isoDateTime.optional(),
  rootCauseId: z.uuid().nullable().optional(),
  resolution: z.string().trim().max(10_000).nullable().optional(),
  sendFollowUp: z
    .boolean()
    .optional()
    .describe('On resolve: email the customer a short "did we make it right?" survey'),
});

export const caseEventCreate = z.discriminatedUnion('type', [
  z.object({ type: z.literal('note'), body: z.string().trim().min(1).max(10_000) }),
  z.object({
    type: z.literal('contact'),
    method: z.enum(CONTACT_METHODS),
    outcome: z.string().trim().max(10_000).optional(),
    reached: z.boolean().default(true),
  }),
  z.object({
    type: z.literal('status'),
    status: z.enum(CASE_STATUSES),
    rootCauseId: z.uuid().optional(),
    resolution: z.string().trim().max(10_000).optional(),
    sendFollowUp: z.boolean().optional(),
  }),
  z.object({ type: z.literal('assignment'), ownerId: z.uuid() }),
]);

export const caseListQuery = paginationQuery.extend({
  view: z.enum(['mine', 'my_locations', 'overdue', 'open', 'all']).default('open'),
  sort: z
    .enum(['urgent', 'newest'])
    .optional()
    .describe('urgent: soonest due first; newest: latest opened first. Default: urgent, newest for view=all'),
  status: z.enum(CASE_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  locationId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  customerId: z.uuid().optional(),
});

const slaSchema = z.object({
  amount: z.number().positive().max(10_000),
  unit: z.enum(['hours', 'business_hours', 'business_days']),
});
const assignmentSchema = z.discriminatedUnion('strategy', [
  z.object({ strategy: z.literal('location_manager') }),
  z.object({ strategy: z.literal('involved_staff') }),
  z.object({ strategy: z.literal('round_robin'), team: z.array(z.uuid()).min(1).max(100) }),
  z.object({ strategy: z.literal('fixed'), staffId: z.uuid() }),
]);
const conditions = z
  .object({
    npsMax: z.number().int().min(0).max(10).optional(),
    csatMax: z.number().int().min(1).max(5).optional(),
    cesMax: z.number().int().min(1).max(7).optional(),
    sentiment: z.literal('negative').optional(),
    emotions: z.array(z.string().max(50)).max(20).optional(),
    keywords: z.array(z.string().trim().min(1).max(100)).max(100).optional(),
    touchpointIds: z.array(z.uuid()).max(200).optional(),
    locationIds: z.array(z.uuid()).max(200).optional(),
    surveyIds: z.array(z.uuid()).max(200).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)), {
    error: 'A rule needs at least one condition',
  });

export const caseRule = z
  .object({
    id: z.uuid(),
    name: z.string(),
    active: z.boolean(),
    position: z.number().int(),
    priority: z.enum(PRIORITIES),
    conditions,
    sla: slaSchema,
    assignment: assignmentSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseRule' });
export const caseRuleCreate = z.object({
  name: z.string().trim().min(1).max(200),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(0),
  priority: z.enum(PRIORITIES).default('normal'),
  conditions,
  sla: slaSchema.default({ amount: 1, unit: 'business_days' }),
  assignment: assignmentSchema.default({ strategy: 'location_manager' }),
});
export const caseRulePatch = caseRuleCreate.partial();

export const rootCause = z
  .object({
    id: z.uuid(),
    name: z.record(z.string(), z.string()),
    kind: z.enum(['product', 'brand', 'service']),
    active: z.boolean(),
    position: z.number().int(),
  })
  .meta({ id: 'RootCause' });
export const rootCauseCreate = z.object({
  name: z
    .record(z.string().regex(/^[a-z]{2,3}$/), z.string().trim().min(1).max(200))
    .refine((n) => Object.keys(n).length > 0, { error: 'Give a name in at least one language' }),
  kind: z.enum(['product', 'brand', 'service']),
  active: z.boolean().default(true),
  position: z.number().int().min(0).default(0),
});
export const rootCausePatch = rootCauseCreate.partial();

export const caseStatsQuery = z.object({
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  locationId: z.uuid().optional(),
  parts: z
    .enum(['all', 'total'])
    .default('all')
    .describe(
      "'total': only the overall figures (byLocation, byOwner and rootCauses come back empty), as the analytics dashboard's tiles need",
    ),
});

const caseFigures = z.object({
  opened: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  closed: z.number().int(),
  medianHoursToFirstAction: z.number().nullable(),
  medianHoursToResolution: z.number().nullable(),
  slaCompliance: z.number().nullable().describe('Closed before due / closed; null with nothing closed'),
  recoveryRate: z
    .number()
    .nullable()
    .describe('Closed with a follow-up answer that is no longer a detractor / closed with a follow-up answer'),
  followUps: z.number().int(),
});
const caseFiguresRow = caseFigures.extend({ key: z.string().nullable(), label: z.string().nullable() });
const rootCauseCount = z.object({
  key: z.string(),
  name: z.record(z.string(), z.string()),
  kind: z.enum(['product', 'brand', 'service']),
  locationId: z.string().nullable(),
  n: z.number().int(),
});
export const caseStats = z
  .object({
    total: caseFigures,
    byLocation: z.array(caseFiguresRow),
    byOwner: z.array(caseFiguresRow),
    rootCauses: z.array(rootCauseCount),
    mediansSampled: z
      .boolean()
      .describe('The medians were taken over a fixed one-in-sixteen sample (a period with very many cases)'),
  })
  .meta({ id: 'CaseStats' });

export type CaseFigures = z.infer<typeof caseFigures>;
export type CaseFiguresRow = z.infer<typeof caseFiguresRow>;
export type RootCauseCount = z.infer<typeof rootCauseCount>;
export type CaseStats = z.infer<typeof caseStats>;
export type CaseCreate = z.infer<typeof caseCreate>;
export type CasePatch = z.infer<typeof casePatch>;
export type CaseEventCreate = z.infer<typeof caseEventCreate>;
export type CaseListQuery = z.infer<typeof caseListQuery>;
export type CaseRuleCreate = z.infer<typeof caseRuleCreate>;
export type CaseRulePatch = z.infer<typeof caseRulePatch>;
