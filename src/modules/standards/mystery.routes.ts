import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import * as service from './mystery.service.ts';

type Req = FastifyRequest<{ Params: { token: string }; Querystring: { lang?: string } }>;

function send(reply: FastifyReply, page: service.Page) {
  return reply
    .code(page.status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', page.csp)
    .type('text/html; charset=utf-8')
    .send(page.html);
}

const langOf = (req: Req) =>
  service.shopperLanguage(
    typeof req.query.lang === 'string' ? req.query.lang : undefined,
    req.headers['accept-language'],
  );

/** The mystery shopper's page at `/m/{token}`: no account, HTML in and out, like the respondent page. */
export const mysteryPageRoutes =
  (deps: AppDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    const opts = { schema: { hide: true } };
    app.get('/m/:token', opts, async (req, reply) =>
      send(reply, await service.show(deps, (req as Req).params.token, langOf(req as Req))),
    );
    app.post('/m/:token', opts, async (req, reply) => {
      const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
      const submitDeps = { ...deps, baseUrl: publicBaseUrl(req, deps.config.publicUrl) };
      return send(reply, await service.answer(submitDeps, (req as Req).params.token, langOf(req as Req), body));
    });
  };
