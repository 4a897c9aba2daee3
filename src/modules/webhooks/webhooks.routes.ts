import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  webhook,
  webhookCreate,
  webhookDelivery,
  webhookListQuery,
  webhookUpdate,
  webhookWithSecret,
} from './webhooks.contract.ts';
import * as service from './webhooks.service.ts';

/**
 * Signed webhooks (owner only). Every delivery is a POST of `{id, type, createdAt, data}` signed
 * by the Standard Webhooks specification (and, deprecated, the Zabota-Signature headers); see
 * signing.ts, the README and the OpenAPI document's `webhooks` section.
 */
export const webhookRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(
      crudRoutes({
        path: '/webhooks',
        tag: 'webhooks',
        read: 'webhooks:manage',
        write: 'webhooks:manage',
        schemas: {
          item: webhook,
          create: webhookCreate,
          update: webhookUpdate,
          listQuery: webhookListQuery,
          created: webhookWithSecret,
        },
        service: {
          list: (actor, q) => service.list(db, actor, q),
          get: (actor, id) => service.get(db, actor, id),
          create: (actor, input) => service.create(db, actor, input),
          update: (actor, id, input) => service.update(db, actor, id, input),
          remove: (actor, id) => service.remove(db, actor, id),
        },
      }),
    );
    const tags = ['webhooks'];
    const config = { permission: 'webhooks:manage' as const };
    app.post(
      '/webhooks/:id/rotate-secret',
      { config, schema: { tags, params: idParam, response: { 200: webhookWithSecret, ...errorResponses } } },
      (req) => service.rotateSecret(db, req.actor!, req.params.id),
    );
    app.get(
      '/webhooks/:id/deliveries',
      {
        config,
        schema: {
          tags,
          params: idParam,
          querystring: webhookListQuery,
          response: { 200: page(webhookDelivery), ...errorResponses },
        },
      },
      (req) => service.deliveries(db, req.actor!, req.params.id, req.query),
    );
    app.post(
      '/webhooks/:id/test',
      { config, schema: { tags, params: idParam, response: { 200: webhookDelivery, ...errorResponses } } },
      (req) => service.sendTest(db, req.actor!, req.params.id),
    );
  };
