import { z } from 'zod';
import { isoDateTime } from '../../platform/http/dto.ts';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { texts } from '../standards/standards.contract.ts';
import { ASSIGNMENT_STATUSES } from './training.schema.ts';
import { quizProblems, type QuizQuestion } from './quiz.ts';

const option = z.object({ id: z.string().trim().min(1).max(40), text: texts(500) });
const question = z.object({
  id: z.string().trim().min(1).max(40),
  kind: z.enum(['single', 'multiple']),
  text: texts(1000),
  options: z.array(option).min(2).max(10),
  correct: z.array(z.string().max(40)).max(10),
});
const quiz = z
  .array(question)
  .max(50)
  .superRefine((qs, ctx) => {
    for (const [path, message] of Object.entries(quizProblems(qs as QuizQuestion[])))
      ctx.addIssue({
        code: 'custom',
        path: path
          .split('.')
          .slice(1)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message,
      });
  });

export const lesson = z
  .object({
    id: z.uuid(),
    standardId: z.uuid().nullable(),
    title: z.record(z.string(), z.string()),
    body: z.record(z.string(), z.string()),
    videoUrl: z.string().nullable(),
    imageUrls: z.array(z.string()),
    quiz: z.array(question.extend({ correct: z.array(z.string()).optional().describe('Hidden from staff') })),
    passMark: z.number().int(),
    maxAttempts: z.number().int(),
    dueInDays: z.number().int(),
    recurMonths: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Lesson' });
const url = z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).max(2000);
export const lessonCreate = z.object({
  standardId: z.uuid().nullable().optional(),
  title: texts(300).refine((t) => Object.values(t).some((v) => v.length > 0), 'Write it in at least one language'),
  body: texts(50_000).default({}),
  videoUrl: url.nullable().optional(),
  imageUrls: z.array(url).max(20).default([]),
  quiz: quiz.default([]),
  passMark: z.number().int().min(1).max(100).default(80),
  maxAttempts: z.number().int().min(1).max(20).default(3),
  dueInDays: z.number().int().min(1).max(90).default(7),
  recurMonths: z.number().int().min(1).max(60).nullable().optional(),
});
export const lessonUpdate = lessonCreate.partial();
export const lessonListQuery = paginationQuery.extend({ standardId: z.uuid().optional() });

export const assignment = z
  .object({
    id: z.uuid(),
    lessonId: z.uuid(),
    lessonTitle: z.record(z.string(), z.string()),
    staffId: z
      .uuid()
      .nullable()
      .describe("Null on a lesson a mystery visit assigned, except in the learner's own list"),
    staffName: z.string().nullable().describe('Position or role instead of the name where staffId is null'),
    locationId: z.uuid().nullable(),
    auditId: z.uuid().nullable(),
    itemId: z.uuid().nullable(),
    status: z.enum(ASSIGNMENT_STATUSES),
    dueAt: z.string(),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    bestScore: z.number().nullable(),
    passedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'TrainingAssignment' });
export const assignmentListQuery = paginationQuery.extend({
  staffId: z.uuid().optional(),
  status: z.enum(ASSIGNMENT_STATUSES).optional(),
  auditId: z.uuid().optional(),
});
export const assignmentCreate = z.object({
  lessonId: z.uuid(),
  staffIds: z.array(z.uuid()).min(1).max(500),
  dueAt: isoDateTime,
});
export const attemptBody = z.object({
  answers: z
    .record(z.string().max(40), z.array(z.string().max(40)).max(10))
    .describe('question id → chosen option ids'),
});
export const attemptResult = z
  .object({
    score: z.number(),
    passed: z.boolean(),
    wrong: z.array(z.string()),
    attemptsLeft: z.number().int(),
    reauditId: z.uuid().nullable().describe('The re-audit this pass scheduled, when it was the last one needed'),
  })
  .meta({ id: 'TrainingAttemptResult' });

export type LessonCreate = z.infer<typeof lessonCreate>;
export type LessonUpdate = z.infer<typeof lessonUpdate>;
export type AssignmentListQuery = z.infer<typeof assignmentListQuery>;
export type AssignmentCreate = z.infer<typeof assignmentCreate>;

export const trainingFiguresQuery = z.object({ by: z.enum(['staff', 'location']).default('staff') });
export const trainingFigures = z
  .object({
    by: z
      .enum(['staff', 'location'])
      .describe(
        'Per staff member, lessons a mystery visit assigned are not counted (it measures the process, not the person); per location they are',
      ),
    items: z.array(
      z.object({
        key: z.string(),
        label: z.string().nullable(),
        assigned: z.number().int(),
        completed: z.number().int().describe('Passed'),
        overdue: z.number().int().describe('Not passed, attempts left, past the due date'),
        passRate: z.number().nullable().describe('% passed of those finished (passed or out of attempts)'),
      }),
    ),
  })
  .meta({ id: 'TrainingFigures' });
export type TrainingFiguresQuery = z.infer<typeof trainingFiguresQuery>;
