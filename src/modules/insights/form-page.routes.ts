import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { tooManyFormPage } from './form-page.ts';
import * as forms from './form-page.service.ts';
import { linkPageGuards, sendPage } from './link-page-guard.ts';

type Req = FastifyRequest<{ Params: { token: string; id?: string }; Querystring: Record<string, string | undefined> }>;

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
    const { view, write } = linkPageGuards((token, lang) => tooManyFormPage(lang, `/i/${token}`));
    app.get('/i/:token', view, async (req: Req, reply) => sendPage(reply, await forms.show(deps, inputOf(req))));
    app.post('/i/:token', write, async (req: Req, reply) => sendPage(reply, await forms.post(deps, inputOf(req))));
    app.post('/i/:token/votes/:id', write, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await forms.vote(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
    app.post('/i/:token/comments/:id', write, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await forms.comment(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
  };
