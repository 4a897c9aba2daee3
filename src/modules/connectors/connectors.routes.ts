import formbody from '@fastify/formbody';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { notFound } from '../../platform/errors.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  connector,
  connectorCreate,
  connectorListQuery,
  connectorRun,
  connectorUpdate,
  oauthCallbackQuery,
} from './connectors.contract.ts';
import * as service from './connectors.service.ts';

/**
 * Connectors (owner only): booking and CRM systems whose visits become interactions. Tokens go in
 * with the settings and never come back; `POST …/{id}/sync` syncs at once and answers the run.
 * `POST /connector-hooks/{token}` is what the source's own webhooks call (the token is the key).
 */
export const connectorRoutes =
  ({ db, config: appConfig }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const baseUrl = (req: { protocol: string; host: string }) => publicBaseUrl(req as never, appConfig.publicUrl);
    await app.register(
      crudRoutes({
        path: '/connectors',
        tag: 'connectors',
        read: 'connectors:manage',
        write: 'connectors:manage',
        schemas: { item: connector, create: connectorCreate, update: connectorUpdate, listQuery: connectorListQuery },
        baseUrl,
        service: {
          list: (actor, q, base) => service.list(db, actor, q, base),
          get: (actor, id, base) => service.get(db, actor, id, base),
          create: (actor, input, base) => service.create(db, actor, input, base),
          update: (actor, id, input, base) => service.update(db, actor, id, input, base),
          remove: (actor, id) => service.remove(db, actor, id),
        },
      }),
    );
    // Bitrix24 and amoCRM send their webhooks form-encoded.
    await app.register(formbody, { bodyLimit: 256 * 1024 });
    const tags = ['connectors'];
    const config = { permission: 'connectors:manage' as const };
    app.post(
      '/connectors/:id/sync',
      { config: config, schema: { tags, params: idParam, response: { 200: connectorRun, ...errorResponses } } },
      (req) => service.syncNow(db, req.actor!, req.params.id),
    );
    app.get(
      '/connectors/:id/runs',
      {
        config: config,
        schema: {
          tags,
          params: idParam,
          querystring: connectorListQuery,
          response: { 200: page(connectorRun), ...errorResponses },
        },
      },
      (req) => service.runs(db, req.actor!, req.params.id, req.query),
    );
    app.post(
      '/connector-hooks/:token',
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            "The source's own webhook: YCLIENTS record events (JSON), Bitrix24 deal events and amoCRM lead webhooks (form-encoded)",
          params: z.object({ token: z.string().min(1).max(100) }),
          body: z.unknown(),
          response: { 200: z.object({ ok: z.boolean() }), ...errorResponses },
        },
      },
      async (req) => {
        if (!(await service.receiveHook(db, req.params.token, req.body))) throw notFound('Connector hook');
        return { ok: true };
      },
    );
    app.get(
      '/connector-oauth/amocrm',
      {
        config: { public: true },
        schema: {
          tags,
          summary: "amoCRM's OAuth redirect: enter this as the integration's redirect URI",
          querystring: oauthCallbackQuery,
          response: { 302: z.null(), ...errorResponses },
        },
      },
      async (req, reply) => {
        if (!(await service.oauthCallback(db, req.query))) throw notFound('Connector');
        return reply
          .code(302)
          .header('location', '/settings/connectors')
          .header('cache-control', 'no-store')
          .send(null);
      },
    );
  };
