import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { z } from 'zod';
import {
  breakdown,
  breakdownQuery,
  drivers,
  driversQuery,
  metricFilters,
  staffView,
  staffViewQuery,
  summary,
  timeseries,
  timeseriesQuery,
} from './analytics.contract.ts';
import * as service from './analytics.service.ts';

/** Read-only figures: they come from the read replica when there is one (DATABASE_READ_URL). */
export const analyticsRoutes =
  ({ db: primary, readDb }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const db = readDb ?? primary;
    const tags = ['metrics'];
    app.get(
      '/metrics/summary',
      {
        config: { permission: 'metrics:read' },
        schema: { tags, querystring: metricFilters, response: { 200: summary, ...errorResponses } },
      },
      (req) => service.summary(db, req.actor!, req.query),
    );
    app.get(
      '/metrics/timeseries',
      {
        config: { permission: 'metrics:read' },
        schema: { tags, querystring: timeseriesQuery, response: { 200: timeseries, ...errorResponses } },
      },
      (req) => service.timeseries(db, req.actor!, req.query),
    );
    app.get(
      '/metrics/breakdown',
      {
        config: { permission: 'metrics:read' },
        schema: { tags, querystring: breakdownQuery, response: { 200: breakdown, ...errorResponses } },
      },
      (req) => service.breakdown(db, req.actor!, req.query),
    );
    app.get(
      '/metrics/drivers',
      {
        config: { permission: 'analytics:read' },
        schema: { tags, querystring: driversQuery, response: { 200: drivers, ...errorResponses } },
      },
      (req) => service.drivers(db, req.actor!, req.query),
    );
    app.get(
      '/metrics/staff/:id',
      {
        config: { permission: 'metrics:read' },
        schema: {
          tags,
          params: z.object({ id: z.uuid() }),
          querystring: staffViewQuery,
          response: { 200: staffView, ...errorResponses },
        },
      },
      (req) => service.staffView(db, req.actor!, req.params.id, req.query),
    );
  };
