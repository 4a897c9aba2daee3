import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/app.ts';
import { emitter } from '../../server/platform/events.ts';
import { idParam } from '../../server/platform/http/dto.ts';
import { errorResponses } from '../../server/platform/http/openapi.ts';
import { page } from '../../server/platform/http/pagination.ts';
import { noteCreate, response, responseAnnotate, responseCreate, responseDetail, responseListItem, responseListQuery } from './responses.contract.ts';
import { webhookListeners } from '../webhooks/subscriptions.ts';
import { responseWriter } from './response-writer.ts';
import * as service from './responses.service.ts';

export const responseRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['responses'];
    const emit = emitter(jobs, webhookListeners(db));
    const writer = responseWriter(pool);
    app.get('/responses', { config: { permission: 'responses:read' }, schema: { tags, querystring: responseListQuery, response: { 200: page(responseListItem), ...errorResponses } } }, (req) =>
      service.list(db, req.actor!, req.query),
    );
    app.get('/responses/:id', { config: { permission: 'responses:read' }, schema: { tags, params: idParam, response: { 200: responseDetail, ...errorResponses } } }, (req) =>
      service.get(db, req.actor!, req.params.id),
    );
    app.post('/responses', { config: { permission: 'responses:write' }, schema: { tags, body: responseCreate, response: { 200: response, 201: response, ...errorResponses } } }, async (req, reply) => {
      const { row, created } = await service.create(db, req.actor!, req.body, emit, writer);
      return reply.status(created ? 201 : 200).send(row);
    });
    app.patch('/responses/:id', { config: { permission: 'responses:annotate' }, schema: { tags, params: idParam, body: responseAnnotate, response: { 200: responseDetail, ...errorResponses } } }, (req) =>
      service.annotate(db, req.actor!, req.params.id, req.body.tags),
    );
    app.post('/responses/:id/notes', { config: { permission: 'responses:annotate' }, schema: { tags, params: idParam, body: noteCreate, response: { 201: responseDetail, ...errorResponses } } }, async (req, reply) =>
      reply.status(201).send(await service.addNote(db, req.actor!, req.params.id, req.body.body)),
    );
  };
