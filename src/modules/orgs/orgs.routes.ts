import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { org, orgUpdate } from './orgs.contract.ts';
import * as service from './orgs.service.ts';

export const orgRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisation'];
    app.get(
      '/org',
      { config: { permission: 'org:read' }, schema: { tags, response: { 200: org, ...errorResponses } } },
      (req) => service.get(deps.db, req.actor!),
    );
    app.patch(
      '/org',
      {
        config: { permission: 'org:write' },
        schema: { tags, body: orgUpdate, response: { 200: org, ...errorResponses } },
      },
      (req) => service.update(deps.db, req.actor!, req.body),
    );
  };
