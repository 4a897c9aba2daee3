import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { survey, surveyCreate, surveyDefinition, surveyListQuery, surveyUpdate } from './surveys.contract.ts';
import * as service from './surveys.service.ts';
import { SURVEY_TEMPLATES } from './templates.ts';

export const surveyRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const base = (req: { protocol: string; host: string }) => publicBaseUrl(req as never, config.publicUrl);
    app.get(
      '/survey-templates',
      {
        config: { permission: 'surveys:read' },
        schema: {
          tags: ['surveys'],
          response: { 200: z.object({ items: z.array(z.object({ key: z.string(), definition: surveyDefinition })) }) },
        },
      },
      async () => ({
        items: SURVEY_TEMPLATES,
      }),
    );
    app.get(
      '/surveys/:id/export',
      {
        config: { permission: 'surveys:read' },
        schema: { tags: ['surveys'], params: idParam, response: { 200: surveyDefinition, ...errorResponses } },
      },
      (req) => service.exportDefinition(db, req.actor!, req.params.id),
    );
    await app.register(
      crudRoutes({
        path: '/surveys',
        tag: 'surveys',
        read: 'surveys:read',
        write: 'surveys:write',
        schemas: { item: survey, create: surveyCreate, update: surveyUpdate, listQuery: surveyListQuery },
        baseUrl: base,
        service: {
          list: (actor, q, baseUrl) => service.list(db, actor, q, baseUrl),
          get: (actor, id, baseUrl) => service.get(db, actor, id, baseUrl),
          create: (actor, input, baseUrl) => service.create(db, actor, input, baseUrl),
          update: (actor, id, input, baseUrl) => service.update(db, actor, id, input, baseUrl),
          remove: (actor, id) => service.remove(db, actor, id),
        },
      }),
    );
  };
