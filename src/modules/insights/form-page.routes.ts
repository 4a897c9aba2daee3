import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import * as forms from './form-page.service.ts';
import type { Page } from './page-layout.ts';

type Req = FastifyRequest<{ Params: { token: string; id?: string }; Querystring: Record<string, string | undefined> }>;

export function sendPage(reply: FastifyReply, out: Page) {
  reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff');
  if ('redirect' in out) return reply.code(303).header('location', out.redirect).send();
  return reply
    .code(out.status)
    .header('content-security-policy', out.csp)
    .type('text/html; charset=utf-8')
    .send(out.html);
}

const inputOf = (req: Req): forms.FormInput => ({
  token: req.params.token,
  lang: typeof req.query.lang === 'string' ? req.query.lang : undefined,
  posted: typeof req.query.posted === 'string' ? req.query.posted : undefined,
  body: req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined,
});
const uuidish = (s: string | undefined) => !!s && /^[0-9a-f-]{36}$/i.test(s);

/** The staff form at `/i/{token}`: plain HTML forms in and out, no password, no JavaScript. */
export const formPageRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const deps = { db, pool, jobs };
    await app.register(formbody, { bodyLimit: 64 * 1024 });
    const opts = { schema: { hide: true } };
    app.get('/i/:token', opts, async (req: Req, reply) => sendPage(reply, await forms.show(deps, inputOf(req))));
    app.post('/i/:token', opts, async (req: Req, reply) => sendPage(reply, await forms.post(deps, inputOf(req))));
    app.post('/i/:token/votes/:id', opts, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await forms.vote(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
    app.post('/i/:token/comments/:id', opts, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await forms.comment(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
  };
