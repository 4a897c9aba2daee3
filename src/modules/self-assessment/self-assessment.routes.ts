import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page, paginationQuery } from '../../platform/http/pagination.ts';
import {
  actionItem,
  actionItemListQuery,
  actionItemUpdate,
  selfAssessment,
  selfAssessmentCreate,
  selfAssessmentUpdate,
} from './self-assessment.contract.ts';
import * as service from './self-assessment.service.ts';

/** The starting point: the owner's self-assessment, its levels beside measured evidence, and the plan. */
export const selfAssessmentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const tags = ['self-assessment'];
    const read = { permission: 'self_assessment:read' as const };
    const write = { permission: 'self_assessment:write' as const };
    app.get(
      '/self-assessments',
      {
        config: read,
        schema: { tags, querystring: paginationQuery, response: { 200: page(selfAssessment), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.get(
      '/self-assessments/:id',
      { config: read, schema: { tags, params: idParam, response: { 200: selfAssessment, ...errorResponses } } },
      (req) => service.get(db, req.actor!, req.params.id),
    );
    app.post(
      '/self-assessments',
      {
        config: write,
        schema: { tags, body: selfAssessmentCreate, response: { 201: selfAssessment, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send((await service.create(deps, req.actor!, req.body)).row),
    );
    app.patch(
      '/self-assessments/:id',
      {
        config: write,
        schema: {
          tags,
          params: idParam,
          body: selfAssessmentUpdate,
          response: { 200: selfAssessment, ...errorResponses },
        },
      },
      (req) => service.update(deps, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/action-items',
      {
        config: read,
        schema: { tags, querystring: actionItemListQuery, response: { 200: page(actionItem), ...errorResponses } },
      },
      (req) => service.listItems(db, req.actor!, req.query),
    );
    app.patch(
      '/action-items/:id',
      {
        config: { permission: 'action_items:write' },
        schema: { tags, params: idParam, body: actionItemUpdate, response: { 200: actionItem, ...errorResponses } },
      },
      (req) => service.updateItem(db, req.actor!, req.params.id, req.body),
    );
  };
