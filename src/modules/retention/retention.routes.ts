import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import {
  cohorts,
  cohortsQuery,
  experience,
  experienceQuery,
  rangeQuery,
  retentionSummary,
  rfm,
} from './retention.contract.ts';
import * as service from './retention.service.ts';

export const retentionRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['retention'];
    const config = { permission: 'analytics:read' as const };
    app.get(
      '/retention/summary',
      { config, schema: { tags, querystring: rangeQuery, response: { 200: retentionSummary, ...errorResponses } } },
      (req) => service.summary(db, req.actor!, req.query),
    );
    app.get(
      '/retention/cohorts',
      { config, schema: { tags, querystring: cohortsQuery, response: { 200: cohorts, ...errorResponses } } },
      (req) => service.cohorts(db, req.actor!, req.query),
    );
    app.get('/retention/rfm', { config, schema: { tags, response: { 200: rfm, ...errorResponses } } }, (req) =>
      service.rfm(db, req.actor!),
    );
    app.get(
      '/retention/experience',
      { config, schema: { tags, querystring: experienceQuery, response: { 200: experience, ...errorResponses } } },
      (req) => service.experience(db, req.actor!, req.query),
    );
  };
