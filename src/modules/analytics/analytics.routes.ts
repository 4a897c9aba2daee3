import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { errorResponses } from '../../server/platform/http/openapi.ts';
import { breakdown, breakdownQuery, metricFilters, summary, timeseries, timeseriesQuery } from './analytics.contract.ts';
import * as service from './analytics.service.ts';

export const analyticsRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['metrics'];
    app.get('/metrics/summary', { config: { permission: 'metrics:read' }, schema: { tags, querystring: metricFilters, response: { 200: summary, ...errorResponses } } }, (req) =>
      service.summary(db, req.actor!, req.query),
    );
    app.get('/metrics/timeseries', { config: { permission: 'metrics:read' }, schema: { tags, querystring: timeseriesQuery, response: { 200: timeseries, ...errorResponses } } }, (req) =>
      service.timeseries(db, req.actor!, req.query),
    );
    app.get('/metrics/breakdown', { config: { permission: 'metrics:read' }, schema: { tags, querystring: breakdownQuery, response: { 200: breakdown, ...errorResponses } } }, (req) =>
      service.breakdown(db, req.actor!, req.query),
    );
  };
