import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import * as board from './customer-board.service.ts';
import { linkPageGuards, sendPage } from './link-page-guard.ts';

type Req = FastifyRequest<{ Params: { token: string; id?: string }; Querystring: Record<string, string | undefined> }>;

const inputOf = (req: Req): board.BoardInput => ({
  token: req.params.token,
  lang: typeof req.query.lang === 'string' ? req.query.lang : undefined,
  posted: req.query.posted === '1',
  body: req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined,
});
const uuidish = (s: string | undefined) => !!s && /^[0-9a-f-]{36}$/i.test(s);

/** The customer's idea board at `/c/{token}`: plain HTML forms in and out, no password, no JavaScript. */
export const customerBoardRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const deps = { db, pool, jobs };
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    const { view, write } = linkPageGuards(board.tooManyPage);
    app.get('/c/:token', view, async (req: Req, reply) => sendPage(reply, await board.show(deps, inputOf(req))));
    app.post('/c/:token', write, async (req: Req, reply) => sendPage(reply, await board.post(deps, inputOf(req))));
    app.post('/c/:token/votes/:id', write, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await board.vote(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
  };
