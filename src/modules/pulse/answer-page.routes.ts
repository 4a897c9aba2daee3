import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { linkPageGuards, sendPage } from '../insights/index.ts';
import { tooManyPage } from './answer-page.ts';
import * as pages from './answer-page.service.ts';

type Req = FastifyRequest<{ Params: { token: string }; Querystring: Record<string, string | undefined> }>;
const inputOf = (req: Req): pages.AnswerInput => ({
  token: req.params.token,
  lang: typeof req.query.lang === 'string' ? req.query.lang : undefined,
  body: req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : undefined,
});

/**
 * The pulse answer page at `/e/{token}`: no account, no JavaScript, one answer per link. The guards
 * count per link and address in memory only, so an answer still stores nothing that points to a person.
 */
export const answerPageRoutes =
  ({ db, pool }: AppDeps): FastifyPluginAsync =>
  async (app) => {
    await app.register(formbody, { bodyLimit: 32 * 1024 });
    const { view, write } = linkPageGuards((token, lang) => tooManyPage(lang, `/e/${token}`));
    app.get('/e/:token', view, async (req: Req, reply) => sendPage(reply, await pages.show(db, inputOf(req))));
    app.post('/e/:token', write, async (req: Req, reply) =>
      sendPage(reply, await pages.answer(db, pool, inputOf(req))),
    );
  };
