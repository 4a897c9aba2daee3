import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { floodExclude, floodExcluded, floodSummary } from './floods.contract.ts';
import * as service from './floods.service.ts';

/** Suspected floods of the public form (owner only): what is marked, and one action to take it out. */
export const floodRoutes =
  ({ pool }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['floods'];
    const config = { permission: 'org:write' as const };
    app.get('/floods', { config, schema: { tags, response: { 200: floodSummary, ...errorResponses } } }, (req) =>
      service.summary(pool, req.actor!),
    );
    app.post(
      '/floods/exclude',
      { config, schema: { tags, body: floodExclude, response: { 200: floodExcluded, ...errorResponses } } },
      (req) => service.exclude(pool, req.actor!, req.body.surveyId),
    );
  };
