import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { batchResult } from '../../platform/http/batch.ts';
import {
  interaction,
  interactionBatch,
  interactionCreate,
  interactionListItem,
  interactionListQuery,
  interactionUpdate,
} from './interactions.contract.ts';
import * as service from './interactions.service.ts';

export const interactionRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/interactions/batch',
      {
        config: { permission: 'interactions:write' },
        schema: { tags: ['interactions'], body: interactionBatch, response: { 200: batchResult, ...errorResponses } },
      },
      (req) => service.createBatch(db, req.actor!, req.body.items),
    );
    await app.register(
      crudRoutes({
        path: '/interactions',
        tag: 'interactions',
        read: 'interactions:read',
        write: 'interactions:write',
        schemas: {
          item: interactionListItem.partial({
            customerName: true,
            touchpointName: true,
            locationName: true,
            staffName: true,
          }),
          create: interactionCreate,
          update: interactionUpdate,
          listQuery: interactionListQuery,
          created: interaction,
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
  };
