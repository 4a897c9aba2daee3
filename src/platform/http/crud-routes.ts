import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import type { Permission } from '../auth/policy.ts';
import { deleted, idParam } from './dto.ts';
import { errorResponses } from './openapi.ts';
import { page } from './pagination.ts';

type Schemas<
  I extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
> = {
  item: I;
  create: C;
  update: U;
  listQuery: Q;
  /** The body of a create answer when it differs from `item`. */
  created?: R;
};

type Service<C, U, Q> = {
  list: (actor: Actor, q: Q, baseUrl: string) => Promise<{ items: unknown[]; nextCursor: string | null }>;
  get: (actor: Actor, id: string, baseUrl: string) => Promise<unknown>;
  /** `created: false` means an existing row with the same external id was returned (200, not 201). */
  create: (actor: Actor, input: C, baseUrl: string) => Promise<{ row: unknown; created: boolean }>;
  update: (actor: Actor, id: string, input: U, baseUrl: string) => Promise<unknown>;
  remove: (actor: Actor, id: string) => Promise<void>;
};

/** The five REST calls of a resource, each with its permission and Zod schemas (and so its OpenAPI). */
export function crudRoutes<
  I extends z.ZodType,
  C extends z.ZodType,
  U extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType = I,
>(opts: {
  path: string;
  tag: string;
  read: Permission;
  write: Permission;
  schemas: Schemas<I, C, U, Q, R>;
  service: Service<z.infer<C>, z.infer<U>, z.infer<Q>>;
  baseUrl?: (req: { protocol: string; host: string }) => string;
}): FastifyPluginAsyncZod {
  const { path, schemas: s, service } = opts;
  const tags = [opts.tag];
  const createdSchema = s.created ?? s.item;
  const base = (req: FastifyRequest) => (opts.baseUrl ? opts.baseUrl(req) : '');
  return async (app) => {
    app.get(
      path,
      {
        config: { permission: opts.read },
        schema: { tags, querystring: s.listQuery, response: { 200: page(s.item), ...errorResponses } },
      },
      (req) => service.list(req.actor!, req.query as z.infer<Q>, base(req)) as never,
    );
    app.get(
      `${path}/:id`,
      {
        config: { permission: opts.read },
        schema: { tags, params: idParam, response: { 200: s.item, ...errorResponses } },
      },
      (req) => service.get(req.actor!, req.params.id, base(req)) as never,
    );
    app.post(
      path,
      {
        config: { permission: opts.write },
        schema: { tags, body: s.create, response: { 200: createdSchema, 201: createdSchema, ...errorResponses } },
      },
      (async (req: FastifyRequest, reply: FastifyReply) => {
        const { row, created } = await service.create(req.actor!, req.body as z.infer<C>, base(req));
        return reply.status(created ? 201 : 200).send(row);
      }) as never,
    );
    app.patch(
      `${path}/:id`,
      {
        config: { permission: opts.write },
        schema: { tags, params: idParam, body: s.update, response: { 200: s.item, ...errorResponses } },
      },
      (req) => service.update(req.actor!, req.params.id, req.body as z.infer<U>, base(req)) as never,
    );
    app.delete(
      `${path}/:id`,
      {
        config: { permission: opts.write },
        schema: { tags, params: idParam, response: { 200: deleted, ...errorResponses } },
      },
      async (req) => {
        await service.remove(req.actor!, req.params.id);
        return { deleted: true as const };
      },
    );
  };
}
