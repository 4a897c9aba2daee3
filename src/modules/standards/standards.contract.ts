import { z } from 'zod';
import { isoDateTime, optText } from '../../platform/http/dto.ts';
import { SHIFTS } from '../../shared/domain.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { ASSIGNEE_ROLES, AUDIT_KINDS, AUDIT_STATUSES, ITEM_KINDS } from './standards.schema.ts';
import { parseRule } from './recurrence.ts';

/** The dashboard reads a schedule's rule with the server's own parser, to say it in words. */
export { parseRule, type Rule } from './recurrence.ts';

/** Text in the organisation's languages: `{en: "…", ru: "…"}`. */
export const texts = (max = 5000) =>
  z.record(
    z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'Use a language code such as en, ru, bg'),
    z.string().trim().max(max),
  );
const requiredTexts = (max = 500) =>
  texts(max).refine((t) => Object.values(t).some((v) => v.length > 0), 'Write it in at least one language');

export const standard = z
  .object({
    id: z.uuid(),
    touchpointId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    title: z.record(z.string(), z.string()),
    why: z.record(z.string(), z.string()),
    good: z.record(z.string(), z.string()),
    never: z.record(z.string(), z.string()),
    version: z.number().int(),
    active: z.boolean(),
    lessonIds: z.array(z.uuid()).describe('Lessons that teach this standard'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Standard' });
export const standardCreate = z.object({
  touchpointId: z.uuid().nullable().optional(),
  locationId: z.uuid().nullable().optional(),
  title: requiredTexts(),
  why: texts().default({}),
  good: texts().default({}),
  never: texts().default({}),
});
export const standardUpdate = standardCreate.partial().extend({ active: z.boolean().optional() });
export const standardListQuery = paginationQuery.extend({
  touchpointId: z.uuid().optional(),
  includeArchived: z.coerce.boolean().default(false),
});

const item = z.object({
  id: z.uuid(),
  standardId: z.uuid().nullable(),
  text: z.record(z.string(), z.string()),
  kind: z.enum(ITEM_KINDS),
  weight: z.number().int(),
  critical: z.boolean(),
  naAllowed: z.boolean().describe('Whether "not applicable" is an answer for this item'),
  position: z.number().int(),
});
export const checklist = z
  .object({
    id: z.uuid(),
    name: z.string(),
    touchpointId: z.uuid().nullable(),
    passMark: z.number().int(),
    reauditWithinDays: z.number().int(),
    active: z.boolean(),
    items: z.array(item),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Checklist' });
const itemInput = z.object({
  id: z.uuid().optional().describe('An existing item to keep (and edit); items left out are archived'),
  standardId: z.uuid().nullable().optional(),
  text: requiredTexts(),
  kind: z.enum(ITEM_KINDS).default('pass_fail'),
  weight: z.number().int().min(1).max(5).default(1),
  critical: z.boolean().default(false),
  naAllowed: z.boolean().default(true),
});
export const checklistCreate = z.object({
  name: z.string().trim().min(1).max(200),
  touchpointId: z.uuid().nullable().optional(),
  passMark: z.number().int().min(0).max(100).default(80),
  reauditWithinDays: z.number().int().min(1).max(180).default(14),
  items: z.array(itemInput).min(1).max(200),
});
export const checklistUpdate = checklistCreate.partial().extend({ active: z.boolean().optional() });
export const checklistListQuery = paginationQuery.extend({ includeArchived: z.coerce.boolean().default(false) });

const rrule = z
  .string()
  .trim()
  .max(300)
  .superRefine((v, ctx) => {
    const r = parseRule(v);
    if (typeof r === 'string') ctx.addIssue({ code: 'custom', message: r });
  })
  .describe('RRULE subset: FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;BYMONTHDAY=1, with INTERVAL, COUNT, UNTIL');
export const schedule = z
  .object({
    id: z.uuid(),
    checklistId: z.uuid(),
    locationId: z.uuid(),
    touchpointId: z.uuid().nullable(),
    kind: z.enum(AUDIT_KINDS),
    rrule: z.string(),
    startsOn: z.string(),
    assigneeId: z.uuid().nullable(),
    assigneeRole: z.enum(ASSIGNEE_ROLES).nullable(),
    active: z.boolean(),
    next: z.array(z.string()).describe('The next five dates'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'AuditSchedule' });
const scheduleFields = z.object({
  checklistId: z.uuid(),
  locationId: z.uuid(),
  touchpointId: z.uuid().nullable().optional(),
  kind: z
    .enum(AUDIT_KINDS)
    .default('manager')
    .refine((k) => k !== 'mystery', 'A mystery visit needs its own shopper link: create it as an audit'),
  rrule,
  startsOn: z.iso.date(),
  assigneeId: z.uuid().nullable().optional().describe('The person who does each audit'),
  assigneeRole: z
    .enum(ASSIGNEE_ROLES)
    .nullable()
    .optional()
    .describe("Or a role at the location: 'staff' makes a self-check for each staff member there"),
});
const oneAssignee = (v: { assigneeId?: string | null; assigneeRole?: string | null }, ctx: z.RefinementCtx) => {
  if (v.assigneeId && v.assigneeRole)
    ctx.addIssue({ code: 'custom', path: ['assigneeRole'], message: 'Give a person or a role, not both' });
};
export const scheduleCreate = scheduleFields.superRefine(oneAssignee);
export const scheduleUpdate = scheduleFields
  .partial()
  .extend({ active: z.boolean().optional() })
  .superRefine(oneAssignee);

export const answer = z.object({
  itemId: z.uuid(),
  result: z.enum(['pass', 'fail', 'na']).nullable(),
  value: z.number().int().nullable(),
  failed: z.boolean(),
  comment: z.string().nullable(),
  answeredAt: z.string(),
});
/** Photo types an audit keeps. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
/** Largest photo kept, in bytes: a phone photo fits, and the database (and so every backup) stays small. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Photos per answered item. */
export const PHOTOS_PER_ITEM = 5;
export const photo = z
  .object({
    id: z.uuid(),
    itemId: z.uuid(),
    contentType: z.string(),
    size: z.number().int().describe('Bytes'),
    createdAt: z.string(),
  })
  .meta({ id: 'AuditPhoto' });
export const audit = z
  .object({
    id: z.uuid(),
    checklistId: z.uuid(),
    locationId: z.uuid(),
    touchpointId: z.uuid().nullable(),
    staffId: z.uuid().nullable(),
    shift: z.enum(SHIFTS).nullable(),
    kind: z.enum(AUDIT_KINDS),
    status: z.enum(AUDIT_STATUSES),
    itemIds: z.array(z.uuid()).nullable().describe('Only these items are checked (a re-audit); null: all'),
    reauditOf: z.uuid().nullable(),
    dueAt: z.string().nullable(),
    score: z.number().nullable(),
    passed: z.boolean().nullable(),
    criticalFailed: z.boolean().nullable(),
    failedItemIds: z.array(z.uuid()),
    submittedAt: z.string().nullable(),
    createdAt: z.string(),
    answers: z.array(answer).optional(),
    photos: z.array(photo).optional().describe('Photos taken for the answers (GET /audit-photos/{id} for each)'),
    shopperUrl: z.string().optional().describe('Mystery audits: the shopper link, shown only when created'),
  })
  .meta({ id: 'Audit' });
export const auditCreate = z
  .object({
    checklistId: z.uuid(),
    locationId: z.uuid(),
    touchpointId: z.uuid().nullable().optional(),
    staffId: z.uuid().nullable().optional(),
    shift: z.enum(SHIFTS).nullable().optional(),
    kind: z.enum(AUDIT_KINDS),
    dueAt: isoDateTime.optional(),
    shopper: z
      .object({
        ref: z.string().trim().min(1).max(200).describe('Who the shopper is (an email or a name), for the lockout'),
        scenario: optText(2000),
        validFrom: isoDateTime,
        validTo: isoDateTime,
      })
      .optional()
      .describe('Mystery audits only: the shopper link'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'mystery' && !v.shopper)
      ctx.addIssue({ code: 'custom', path: ['shopper'], message: 'A mystery audit needs a shopper and a window' });
    if (v.kind !== 'mystery' && v.shopper)
      ctx.addIssue({ code: 'custom', path: ['shopper'], message: 'Only a mystery audit has a shopper' });
    if (v.shopper && Date.parse(v.shopper.validTo) <= Date.parse(v.shopper.validFrom))
      ctx.addIssue({ code: 'custom', path: ['shopper', 'validTo'], message: 'Must be after validFrom' });
  });
export const auditListQuery = paginationQuery.extend({
  locationId: z.uuid().optional(),
  status: z.enum(AUDIT_STATUSES).optional(),
  kind: z.enum(AUDIT_KINDS).optional(),
});
export const answerBody = z.object({
  result: z.enum(['pass', 'fail', 'na']).optional(),
  value: z.number().int().min(1).max(5).optional(),
  comment: optText(2000),
});
export const answerParams = z.object({
  id: z.uuid({ error: 'Must be a UUID' }),
  itemId: z.uuid({ error: 'Must be a UUID' }),
});
export const submitResult = z
  .object({
    score: z.number().nullable(),
    passed: z.boolean(),
    criticalFailed: z.boolean(),
    failedItemIds: z.array(z.uuid()),
    assignmentsCreated: z.number().int().describe('New lesson assignments from this submit (0 on a repeat)'),
    casesOpened: z
      .number()
      .int()
      .describe('Recovery cases opened for failed critical items by this submit (0 on a repeat)'),
  })
  .meta({ id: 'AuditResult' });

export const staffNotice = z
  .object({ id: z.uuid(), version: z.number().int(), body: z.record(z.string(), z.string()), publishedAt: z.string() })
  .meta({ id: 'StaffNotice' });
export const staffNoticeCreate = z.object({ body: requiredTexts(5000) });

export const COMPLIANCE_DIMS = ['location', 'touchpoint', 'standard', 'shift', 'week', 'month'] as const;
export const complianceQuery = z.object({
  from: z.iso.date().optional().describe('First day, inclusive'),
  to: z.iso.date().optional().describe('Last day, exclusive'),
  locationId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  shift: z.enum(SHIFTS).optional().describe('Only audits of this shift'),
  staffRole: z.enum(['manager', 'staff']).optional().describe('Only audits of a staff member with this role'),
  position: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("Only audits of staff with this position (e.g. 'Barista')"),
  by: z
    .enum(COMPLIANCE_DIMS)
    .default('touchpoint')
    .describe(
      'week and month: compliance over time, each key the first day of its period; shift: beside the NPS and CSAT of the interactions of that shift',
    ),
});
export const compliance = z
  .object({
    by: z.enum(COMPLIANCE_DIMS),
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string().nullable(),
        compliance: z.number().nullable().describe('Σ(weight × pass) / Σ(weight), %, over answered applicable items'),
        n: z.number().int().describe('Audits'),
        items: z.number().int().describe('Answered applicable items'),
        failed: z.number().int(),
        nps: z.number().nullable().describe("The touchpoint's (location's, shift's) NPS for the same period"),
        npsN: z.number().int(),
        csat: z.number().nullable(),
        csatN: z.number().int(),
      }),
    ),
    daysToFix: z.number().nullable().describe('Mean days from a failed audit to its passed re-audit'),
    refailRate: z.number().nullable().describe('% of re-checked items that failed again'),
  })
  .meta({ id: 'Compliance' });

export type StandardCreate = z.infer<typeof standardCreate>;
export type StandardUpdate = z.infer<typeof standardUpdate>;
export type ChecklistCreate = z.infer<typeof checklistCreate>;
export type ChecklistUpdate = z.infer<typeof checklistUpdate>;
export type ScheduleCreate = z.infer<typeof scheduleCreate>;
export type ScheduleUpdate = z.infer<typeof scheduleUpdate>;
export type AuditCreate = z.infer<typeof auditCreate>;
export type AuditListQuery = z.infer<typeof auditListQuery>;
export type AnswerBody = z.infer<typeof answerBody>;
export type ComplianceQuery = z.infer<typeof complianceQuery>;
