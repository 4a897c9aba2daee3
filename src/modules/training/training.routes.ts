import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  assignment,
  assignmentCreate,
  assignmentListQuery,
  attemptBody,
  attemptResult,
  lesson,
  lessonCreate,
  lessonListQuery,
  lessonUpdate,
  trainingFigures,
  trainingFiguresQuery,
} from './training.contract.ts';
import * as service from './training.service.ts';

/** Lessons with quizzes, and the assignments that come from failed audit items or are made by hand. */
export const trainingRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const tags = ['training'];
    const read = { permission: 'training:read' as const };
    const write = { permission: 'training:write' as const };
    app.get(
      '/lessons',
      {
        config: read,
        schema: { tags, querystring: lessonListQuery, response: { 200: page(lesson), ...errorResponses } },
      },
      (req) => service.listLessons(db, req.actor!, req.query),
    );
    app.get(
      '/lessons/:id',
      { config: read, schema: { tags, params: idParam, response: { 200: lesson, ...errorResponses } } },
      (req) => service.getLesson(db, req.actor!, req.params.id),
    );
    app.post(
      '/lessons',
      { config: write, schema: { tags, body: lessonCreate, response: { 201: lesson, ...errorResponses } } },
      async (req, reply) => reply.status(201).send(await service.createLesson(db, req.actor!, req.body)),
    );
    app.patch(
      '/lessons/:id',
      {
        config: write,
        schema: { tags, params: idParam, body: lessonUpdate, response: { 200: lesson, ...errorResponses } },
      },
      (req) => service.updateLesson(db, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/training-assignments',
      {
        config: read,
        schema: { tags, querystring: assignmentListQuery, response: { 200: page(assignment), ...errorResponses } },
      },
      (req) => service.listAssignments(db, req.actor!, req.query),
    );
    app.post(
      '/training-assignments',
      {
        config: write,
        schema: { tags, body: assignmentCreate, response: { 201: page(assignment), ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send(await service.assign(db, req.actor!, req.body)),
    );
    app.get(
      '/metrics/training',
      {
        config: read,
        schema: {
          tags: ['metrics'],
          querystring: trainingFiguresQuery,
          response: { 200: trainingFigures, ...errorResponses },
        },
      },
      (req) => service.figures(db, req.actor!, req.query),
    );
    app.post(
      '/training-assignments/:id/attempts',
      {
        config: { permission: 'training:attempt' },
        schema: { tags, params: idParam, body: attemptBody, response: { 200: attemptResult, ...errorResponses } },
      },
      (req) => service.attempt(deps, req.actor!, req.params.id, req.body.answers),
    );
  };
