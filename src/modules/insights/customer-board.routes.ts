import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { WindowLimiter } from '../../platform/auth/rate-limit.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { sendPage } from './form-page.routes.ts';
import * as board from './customer-board.service.ts';

type Req = FastifyRequest<{ Params: { token: string; id?: string }; Querystring: Record<string, string | undefined> }>;

/** Posts and votes per link and address in 10 minutes: a family sharing a phone is fine, a script is not. */
export const BOARD_POSTS_PER_WINDOW = 30;
export const BOARD_VIEWS_PER_WINDOW = 300;
const WINDOW_MS = 10 * 60_000;

const inputOf = (req: Req): board.BoardInput => ({
  token: req.params.token,
  lang: typeof req.query.lang === 'string' ? req.query.lang : undefined,
  posted: req.query.posted === '1',
  body: req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined,
});
const uuidish = (s: string | undefined) => !!s && /^[0-9a-f-]{36}$/i.test(s);

/**
 * A form posted from another site is refused: the token in the path already keeps a forger from
 * building the request, and the browser says where the post came from. Sec-Fetch-Site first: the
 * page's no-referrer policy makes a browser send `Origin: null` even from the page itself.
 */
function crossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

/** The customer's idea board at `/c/{token}`: plain HTML forms in and out, no password, no JavaScript. */
export const customerBoardRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const deps = { db, pool, jobs };
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    const posts = new WindowLimiter(BOARD_POSTS_PER_WINDOW, WINDOW_MS);
    const views = new WindowLimiter(BOARD_VIEWS_PER_WINDOW, WINDOW_MS);
    const limited = (limiter: WindowLimiter) => async (req: Req, reply: FastifyReply) => {
      const key = `${req.params.token} ${req.ip}`;
      const wait = limiter.retryAfter(key);
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return sendPage(reply, board.tooManyPage(req.params.token, req.query.lang));
      }
      limiter.add(key);
      if (req.method === 'POST' && crossSite(req)) return reply.code(403).send();
    };
    const view = { schema: { hide: true }, onRequest: limited(views) };
    const write = { schema: { hide: true }, onRequest: limited(posts) };
    app.get('/c/:token', view, async (req: Req, reply) => sendPage(reply, await board.show(deps, inputOf(req))));
    app.post('/c/:token', write, async (req: Req, reply) => sendPage(reply, await board.post(deps, inputOf(req))));
    app.post('/c/:token/votes/:id', write, async (req: Req, reply) =>
      uuidish(req.params.id)
        ? sendPage(reply, await board.vote(deps, inputOf(req), req.params.id!))
        : reply.code(404).send(),
    );
  };
