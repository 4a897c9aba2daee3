import type { FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import * as service from './channels.service.ts';
import { WIDGET_ETAG, WIDGET_JS } from './widget.ts';

const qrQuery = z.object({
  locationId: z.uuid().optional().describe('Answers from this code are attributed to this location'),
  touchpointId: z.uuid().optional().describe('… and to this touchpoint'),
});

/** QR codes and the printable poster of a survey's public link (under /api/v1). */
export const channelRoutes =
  ({ db, config }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['channels'];
    app.get(
      '/surveys/:id/qr',
      {
        config: { permission: 'surveys:read' },
        schema: {
          tags,
          description:
            'The QR code of the public link `/s/p/{slug}?l=…&t=…&c=qr` as SVG (default) or PNG; the link is also in the `X-Survey-Link` header.',
          params: idParam,
          querystring: qrQuery.extend({ format: z.enum(['svg', 'png']).default('svg') }),
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const img = await service.qrImage(
          db,
          req.actor!,
          req.params.id,
          req.query,
          publicBaseUrl(req, config.publicUrl),
        );
        return reply
          .type(img.type)
          .header('cache-control', 'private, max-age=300')
          .header('x-survey-link', img.link)
          .send(img.body as never); // an image, not the JSON of the error schemas
      },
    );
    app.get(
      '/surveys/:id/qr/print',
      {
        config: { permission: 'surveys:read' },
        schema: {
          tags,
          description:
            'A printable A4 poster (HTML) with the business name, a call to action in the survey languages and the QR code.',
          params: idParam,
          querystring: qrQuery,
          response: errorResponses,
        },
      },
      async (req, reply) => {
        const { html, csp } = await service.qrPoster(
          db,
          req.actor!,
          req.params.id,
          req.query,
          publicBaseUrl(req, config.publicUrl),
        );
        return reply
          .type('text/html; charset=utf-8')
          .header('cache-control', 'private, no-cache')
          .header('content-security-policy', csp)
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'no-referrer')
          .send(html as never);
      },
    );
  };

/** The website widget script, public and cacheable (registered at the root, outside the API gate). */
export const widgetRoutes: FastifyPluginAsync = async (app) => {
  app.get('/s/widget.js', { schema: { hide: true } }, async (req, reply) => {
    reply
      .header('cache-control', 'public, max-age=3600, stale-while-revalidate=86400')
      .header('etag', WIDGET_ETAG)
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('access-control-allow-origin', '*')
      .header('x-content-type-options', 'nosniff')
      .type('text/javascript; charset=utf-8');
    if (req.headers['if-none-match'] === WIDGET_ETAG) return reply.status(304).send();
    return reply.send(WIDGET_JS);
  });
};
