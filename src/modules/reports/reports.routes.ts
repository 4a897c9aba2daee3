import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { dashboardPdfQuery } from './reports.contract.ts';
import { dashboardPdf } from './reports.service.ts';

export const reportRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/reports/dashboard.pdf',
      {
        config: { permission: 'metrics:read' },
        schema: {
          tags: ['metrics'],
          description:
            'The owner dashboard as a PDF (headline figures with n and 95% intervals, NPS trend, touchpoints, best and worst locations and staff, customer segments), with the same filters as the metrics endpoints',
          querystring: dashboardPdfQuery,
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const file = await dashboardPdf(db, req.actor!, req.query);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body as never); // bytes, not the JSON of the error schemas
      },
    );
  };
