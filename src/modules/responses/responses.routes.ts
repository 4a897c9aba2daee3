import { serializerCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { emitter } from '../../platform/events.ts';
import { idParam, toDto } from '../../platform/http/dto.ts';
import { KeyTaken, replayStored, sendStored } from '../../platform/http/idempotency.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  noteCreate,
  response,
  responseAnnotate,
  responseCreate,
  responseDetail,
  responseListItem,
  responseListQuery,
  surveyResults,
} from './responses.contract.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { responseWriter, type Written } from './response-writer.ts';
import * as service from './responses.service.ts';
import { surveyResults as results } from './survey-results.service.ts';

export const responseRoutes =
  ({ db, pool, jobs }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['responses'];
    const emit = emitter(jobs, webhookListeners(db));
    const writer = responseWriter(pool);
    app.get(
      '/surveys/:id/results',
      {
        config: { permission: 'responses:read' },
        schema: { tags, params: idParam, response: { 200: surveyResults, ...errorResponses } },
      },
      (req) => results(db, req.actor!, req.params.id),
    );
    app.get(
      '/responses',
      {
        config: { permission: 'responses:read' },
        schema: { tags, querystring: responseListQuery, response: { 200: page(responseListItem), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.get(
      '/responses/:id',
      {
        config: { permission: 'responses:read' },
        schema: { tags, params: idParam, response: { 200: responseDetail, ...errorResponses } },
      },
      (req) => service.get(db, req.actor!, req.params.id),
    );
    // An Idempotency-Key is claimed, and the answer stored, in the insert's own transaction, unless
    // a customer is created first (then the generic claim before the handler keeps that write once).
    const claimsIdempotencyKey = (body: unknown) => (body as { customer?: unknown } | null)?.customer === undefined;
    const serialize = serializerCompiler({ schema: response, method: 'POST', url: '/api/v1/responses' });
    app.post(
      '/responses',
      {
        config: { permission: 'responses:write', claimsIdempotencyKey },
        schema: { tags, body: responseCreate, response: { 200: response, 201: response, ...errorResponses } },
      },
      async (req, reply) => {
        const key = req.idempotency?.inHandler ? req.idempotency : undefined;
        const claim = key && {
          key: key.key,
          hash: key.hash,
          answer: (w: Written) => ({ status: w.created ? 201 : 200, body: serialize(toDto(w.row)) }),
        };
        try {
          const { row, created, answer } = await service.create(db, req.actor!, req.body, emit, writer, claim);
          if (answer) return sendStored(reply, answer);
          return reply.status(created ? 201 : 200).send(row);
        } catch (e) {
          if (e instanceof KeyTaken) return replayStored(pool, req, reply);
          throw e;
        }
      },
    );
    app.patch(
      '/responses/:id',
      {
        config: { permission: 'responses:annotate' },
        schema: { tags, params: idParam, body: responseAnnotate, response: { 200: responseDetail, ...errorResponses } },
      },
      (req) => service.annotate(db, req.actor!, req.params.id, req.body.tags),
    );
    app.post(
      '/responses/:id/notes',
      {
        config: { permission: 'responses:annotate' },
        schema: { tags, params: idParam, body: noteCreate, response: { 201: responseDetail, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send(await service.addNote(db, req.actor!, req.params.id, req.body.body)),
    );
  };
