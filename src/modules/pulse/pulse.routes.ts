import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  commentsQuery,
  enpsPanel,
  enpsQuery,
  enpsResult,
  panelQuery,
  pulseComments,
  pulseReply,
  pulseRun,
  pulseSurvey,
  pulseSurveyCreate,
  pulseSurveyUpdate,
  replyCreate,
  runCreate,
} from './pulse.contract.ts';
import * as service from './pulse.service.ts';

/** Employee NPS: pulse surveys, runs with single-use links, and figures under the anonymity rules. */
export const pulseRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const tags = ['pulse'];
    const manage = { permission: 'pulse:manage' as const };
    const read = { permission: 'pulse:read' as const };
    app.get(
      '/pulse-surveys',
      { config: read, schema: { tags, response: { 200: page(pulseSurvey), ...errorResponses } } },
      (req) => service.listSurveys(db, req.actor!),
    );
    app.get(
      '/pulse-surveys/:id',
      { config: read, schema: { tags, params: idParam, response: { 200: pulseSurvey, ...errorResponses } } },
      (req) => service.getSurvey(db, req.actor!, req.params.id),
    );
    app.post(
      '/pulse-surveys',
      { config: manage, schema: { tags, body: pulseSurveyCreate, response: { 201: pulseSurvey, ...errorResponses } } },
      async (req, reply) => reply.code(201).send(await service.createSurvey(db, req.actor!, req.body)),
    );
    app.patch(
      '/pulse-surveys/:id',
      {
        config: manage,
        schema: { tags, params: idParam, body: pulseSurveyUpdate, response: { 200: pulseSurvey, ...errorResponses } },
      },
      (req) => service.updateSurvey(db, req.actor!, req.params.id, req.body),
    );
    app.post(
      '/pulse-surveys/:id/runs',
      {
        config: manage,
        schema: { tags, params: idParam, body: runCreate, response: { 201: pulseRun, ...errorResponses } },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(
            await service.openRun(
              deps,
              req.actor!,
              req.params.id,
              req.body.closesInDays,
              publicBaseUrl(req, deps.config.publicUrl),
            ),
          ),
    );
    app.get(
      '/metrics/enps',
      { config: read, schema: { tags, querystring: enpsQuery, response: { 200: enpsResult, ...errorResponses } } },
      (req) => service.enps(db, req.actor!, req.query),
    );
    app.get(
      '/metrics/enps/locations',
      { config: read, schema: { tags, querystring: panelQuery, response: { 200: enpsPanel, ...errorResponses } } },
      (req) => service.panel(db, req.actor!, req.query),
    );
    app.get(
      '/pulse-comments',
      {
        config: read,
        schema: { tags, querystring: commentsQuery, response: { 200: pulseComments, ...errorResponses } },
      },
      (req) => service.comments(db, req.actor!, req.query),
    );
    app.post(
      '/pulse-comments/:id/replies',
      {
        config: read,
        schema: { tags, params: idParam, body: replyCreate, response: { 201: pulseReply, ...errorResponses } },
      },
      async (req, reply) => reply.code(201).send(await service.reply(db, req.actor!, req.params.id, req.body.body)),
    );
  };
