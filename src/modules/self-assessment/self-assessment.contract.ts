import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { DIMENSIONS } from './levels.ts';

const level = z.object({
  dimension: z.enum(DIMENSIONS),
  mean: z.number().nullable(),
  level: z.number().int().nullable(),
  answered: z.number().int(),
});
export const actionItem = z
  .object({
    id: z.uuid(),
    assessmentId: z.uuid(),
    dimension: z.string(),
    title: z.record(z.string(), z.string()),
    ownerId: z.uuid().nullable(),
    dueAt: z.string(),
    status: z.enum(['open', 'done']),
    doneAt: z.string().nullable(),
  })
  .meta({ id: 'ActionItem' });
const evidence = z
  .object({
    surveyCoverage: z.number().nullable().describe('% of active touchpoints with a live survey'),
    recoveryRate: z.number().nullable().describe('% of cases of the last 90 days resolved'),
    reviewReplyRate: z.number().nullable().describe('Not measured yet (no reviews module): null'),
    enps: z.number().nullable().describe('Not measured yet (no staff pulse module): null'),
    auditCompliance: z.number().nullable().describe('% over audits submitted in the last 90 days'),
  })
  .meta({ id: 'SelfAssessmentEvidence' });
export const selfAssessment = z
  .object({
    id: z.uuid(),
    questions: z.array(
      z.object({ id: z.string(), dimension: z.enum(DIMENSIONS), text: z.record(z.string(), z.string()) }),
    ),
    answers: z.record(z.string(), z.number()),
    levels: z.array(level),
    overall: z.number().int().nullable(),
    completedAt: z.string().nullable(),
    createdAt: z.string(),
    evidence: evidence.optional(),
    plan: z.array(actionItem).optional(),
  })
  .meta({ id: 'SelfAssessment' });
export const selfAssessmentCreate = z.object({
  answers: z.record(z.string().max(60), z.number()).default({}),
  complete: z.boolean().default(false).describe('Compute the levels and the plan; the answers are final then'),
});
export const selfAssessmentUpdate = z.object({
  answers: z.record(z.string().max(60), z.number()).optional(),
  complete: z.boolean().optional(),
});
export const actionItemListQuery = paginationQuery.extend({
  assessmentId: z.uuid().optional(),
  status: z.enum(['open', 'done']).optional(),
});
export const actionItemUpdate = z.object({
  status: z.enum(['open', 'done']).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueAt: isoDateTime.optional(),
});

export type SelfAssessmentCreate = z.infer<typeof selfAssessmentCreate>;
export type SelfAssessmentUpdate = z.infer<typeof selfAssessmentUpdate>;
export type ActionItemListQuery = z.infer<typeof actionItemListQuery>;
export type ActionItemUpdate = z.infer<typeof actionItemUpdate>;
