import formbody from '@fastify/formbody';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { errorBody } from '../../platform/http/errors.ts';
import { emitter } from '../../platform/events.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { smsReport } from './sms-hook.ts';
import type { TelegramUpdate } from './telegram-api.ts';
import { telegramUpdate } from './telegram-hook.ts';
import type { ViberCallback } from './viber-api.ts';
import { viberCallback } from './viber-hook.ts';
import type { WhatsAppCallback } from './whatsapp-api.ts';
import { whatsappCallback, whatsappVerify } from './whatsapp-hook.ts';

const tokenParam = z.object({ token: z.string().min(10).max(100) });
const telegramBody = z.looseObject({ update_id: z.number().int().nonnegative() });
const viberBody = z.looseObject({ event: z.string().max(50) });

const refusal = {
  401: errorBody('unauthenticated', 'The callback is not signed with this channel’s secret'),
  404: errorBody('not_found', 'Unknown channel'),
  400: errorBody('invalid', 'Not a report this hook understands'),
};

/** Provider callbacks, outside the API: each proves itself with its channel's secret, or is refused with nothing stored. */
export const messagingHookRoutes = (deps: AppDeps): FastifyPluginAsyncZod => {
  const emit = emitter(deps.jobs, webhookListeners(deps.db));
  return async (app) => {
    await app.register(formbody, { bodyLimit: 64 * 1024 });
    app.post(
      '/hooks/telegram/:token',
      { schema: { hide: true, params: tokenParam, body: telegramBody }, bodyLimit: 256 * 1024 },
      async (req, reply) => {
        const header = req.headers['x-telegram-bot-api-secret-token'];
        const out = await telegramUpdate(
          { ...deps, emit },
          req.params.token,
          typeof header === 'string' ? header : undefined,
          req.body as TelegramUpdate,
        );
        return out.status === 200 ? reply.send({ ok: true }) : reply.status(out.status).send(refusal[out.status]);
      },
    );
    // Viber and Meta sign the raw body, so these routes keep it as it came.
    await app.register(async (scope) => {
      const viber = scope.withTypeProvider<ZodTypeProvider>();
      viber.removeContentTypeParser('application/json');
      viber.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
        (req as { rawBody?: string }).rawBody = body as string;
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(Object.assign(new Error('The body is not JSON'), { statusCode: 400 }), undefined);
        }
      });
      viber.post(
        '/hooks/viber/:token',
        { schema: { hide: true, params: tokenParam, body: viberBody }, bodyLimit: 256 * 1024 },
        async (req, reply) => {
          const header = req.headers['x-viber-content-signature'];
          const out = await viberCallback(
            { ...deps, emit },
            req.params.token,
            typeof header === 'string' ? header : undefined,
            (req as { rawBody?: string }).rawBody ?? '',
            req.body as ViberCallback,
          );
          return out.status === 200 ? reply.send({ ok: true }) : reply.status(out.status).send(refusal[out.status]);
        },
      );
      viber.post(
        '/hooks/whatsapp/:token',
        { schema: { hide: true, params: tokenParam, body: z.looseObject({}) }, bodyLimit: 512 * 1024 },
        async (req, reply) => {
          const header = req.headers['x-hub-signature-256'];
          const out = await whatsappCallback(
            { ...deps, emit },
            req.params.token,
            typeof header === 'string' ? header : undefined,
            (req as { rawBody?: string }).rawBody ?? '',
            req.body as WhatsAppCallback,
          );
          return out.status === 200 ? reply.send({ ok: true }) : reply.status(out.status).send(refusal[out.status]);
        },
      );
    });
    app.get(
      '/hooks/whatsapp/:token',
      { schema: { hide: true, params: tokenParam, querystring: z.record(z.string(), z.string()) } },
      async (req, reply) => {
        const challenge = await whatsappVerify(deps.db, req.params.token, req.query);
        return challenge === null ? reply.status(401).send(refusal[401]) : reply.type('text/plain').send(challenge);
      },
    );
    app.post(
      '/hooks/sms/:token',
      {
        schema: {
          hide: true,
          params: tokenParam,
          querystring: z.object({ key: z.string().max(200).optional() }),
          body: z.record(z.string(), z.unknown()),
        },
      },
      async (req, reply) => {
        const out = await smsReport(deps, req.params.token, req.query.key, req.body);
        return out.status === 200 ? reply.send({ ok: true }) : reply.status(out.status).send(refusal[out.status]);
      },
    );
  };
};
