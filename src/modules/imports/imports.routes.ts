import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';

/** CSV import endpoints for the dashboard (column mapping, preview, per-row errors). */
export const importRoutes =
  (_deps: AppDeps): FastifyPluginAsyncZod =>
  async () => {};
