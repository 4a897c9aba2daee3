import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { responseExportQuery } from './responses.contract.ts';
import { exportResponses } from './responses.export.ts';

/**
 * `GET /responses/export?format=csv|xlsx&…the list filters…`: every matching row, streamed.
 * Registered before the responses routes; Fastify prefers the static segment over `/responses/:id` anyway.
 */
export const responseExportRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/responses/export',
      {
        config: { permission: 'responses:read' },
        schema: {
          tags: ['responses'],
          description: "CSV (UTF-8 with BOM) or XLSX of all matching responses, in the organisation's time zone",
          querystring: responseExportQuery,
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const file = await exportResponses(db, req.actor!, req.query);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body as never); // a stream: Fastify pipes it, no serialiser involved
      },
    );
  };
