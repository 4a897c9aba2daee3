import { emitter } from '../../platform/events.ts';
import { responseWriter } from '../responses/index.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { recordSource } from '../floods/index.ts';
import { gzipSync } from 'node:zlib';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/deps.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { publicFormLimits, TooManyAnswers } from './limits.ts';
import { answerForm, type AnswerForm } from './survey-page.contract.ts';
import * as service from './survey-page.service.ts';

type Params = { token?: string; slug?: string };

/** The first value of each query parameter (a repeated one is not an error, just ignored). */
function queryOf(req: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>))
    out[k] = Array.isArray(v) ? String(v[0]) : typeof v === 'string' ? v : undefined;
  return out;
}

const inputOf = (req: FastifyRequest, body?: AnswerForm): service.PageInput => ({
  query: queryOf(req),
  acceptLanguage: req.headers['accept-language'],
  body,
  client: req.ip,
});

function send(req: FastifyRequest, reply: FastifyReply, out: service.Outcome) {
  reply
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-content-type-options', 'nosniff');
  if ('redirect' in out) return reply.code(303).header('location', out.redirect).send();
  reply
    .code(out.status)
    .header('content-security-policy', out.csp)
    .header('vary', 'accept-encoding')
    .type('text/html; charset=utf-8');
  // The page is a few KB: compressing it here keeps it small behind any proxy, or none.
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
    return reply.header('content-encoding', 'gzip').send(gzipSync(out.html));
  return reply.send(out.html);
}

const isForm = (req: FastifyRequest) =>
  String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/** The respondent page at the root (`/s/…`), outside the API: no authentication, HTML in and out. */
export const surveyPageRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsync =>
  async (app) => {
    const sinks: service.Sinks = {
      emit: emitter(jobs, webhookListeners(db)),
      writer: responseWriter(pool),
      source: (r) => recordSource(pool, r),
    };
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    // Errors here are pages, not JSON: a respondent never sees a stack or an API error body.
    app.setErrorHandler((err: { statusCode?: number }, req, reply) => {
      if (err instanceof TooManyAnswers) {
        const lang = service.uiLanguage(inputOf(req));
        const n = Math.max(1, Math.ceil(err.retryAfterMs / 60_000));
        return send(
          req,
          reply,
          service.messagePage(429, lang, 'error', null, translate(lang, 'survey.error.tooMany', { n })),
        );
      }
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
      if (status === 500) req.log.error({ err }, 'survey page error');
      return send(req, reply, service.messagePage(status, service.uiLanguage(inputOf(req)), 'error'));
    });
    const opts = { schema: { hide: true } };
    const answerOpts = { ...opts, onRequest: await publicFormLimits(app, db) };
    /** The form's shape is checked here, at the edge; what is not a form is refused. */
    const answered = async (
      req: FastifyRequest,
      reply: FastifyReply,
      answer: (input: service.PageInput) => Promise<service.Outcome>,
    ) => {
      if (!isForm(req)) return send(req, reply, service.messagePage(415, service.uiLanguage(inputOf(req)), 'error'));
      const form = answerForm.safeParse(req.body ?? {});
      if (!form.success) return send(req, reply, service.messagePage(400, service.uiLanguage(inputOf(req)), 'error'));
      return send(req, reply, await answer(inputOf(req, form.data)));
    };

    app.get<{ Params: Params }>('/s/p/:slug', opts, async (req, reply) =>
      send(req, reply, await service.showPublic(db, req.params.slug!, inputOf(req))),
    );
    app.post<{ Params: Params }>('/s/p/:slug', answerOpts, (req, reply) =>
      answered(req, reply, (input) => service.answerPublic(db, req.params.slug!, input, sinks)),
    );
    app.get<{ Params: Params }>('/s/:token', opts, async (req, reply) =>
      send(req, reply, await service.showPersonal(db, req.params.token!, inputOf(req))),
    );
    app.post<{ Params: Params }>('/s/:token', answerOpts, (req, reply) =>
      answered(req, reply, (input) => service.answerPersonal(db, req.params.token!, input, sinks)),
    );
  };
