import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha256 } from '../../platform/auth/secrets.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { emitter } from '../../platform/events.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { reputation as reputationFigures } from './reputation.ts';
import {
  insiderBody,
  reputation,
  reputationQuery,
  review,
  reviewImportBody,
  reviewImportResult,
  reviewListQuery,
  reviewMatch,
  reviewReply,
  reviewReplyLogList,
  reviewSuggestionList,
  reviewRequest,
  reviewRequestListQuery,
  reviewSettings,
  reviewSettingsUpdate,
  reviewSource,
  reviewSourceCreate,
  reviewSourceListQuery,
  reviewSourceUpdate,
} from './reviews.contract.ts';
import * as service from './reviews.service.ts';

export const reviewRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const svc: service.ReviewDeps = {
      db,
      pool: deps.pool,
      emit: emitter(deps.jobs, webhookListeners(db)),
    };
    // CSV arrives as it is (text/csv, or text/plain from a paste).
    app.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: 5_000_000 },
      (_req, body, done) => done(null, body),
    );
    await app.register(
      crudRoutes({
        path: '/review-sources',
        tag: 'reviews',
        read: 'reviews:read',
        write: 'reviews:write',
        schemas: {
          item: reviewSource,
          create: reviewSourceCreate,
          update: reviewSourceUpdate,
          listQuery: reviewSourceListQuery,
        },
        service: {
          list: (actor, q) => service.listSources(db, actor, q),
          get: (actor, id) => service.getSource(db, actor, id),
          create: (actor, input) => service.createSource(db, actor, input),
          update: (actor, id, input) => service.updateSource(db, actor, id, input),
          remove: (actor, id) => service.removeSource(db, actor, id),
        },
      }),
    );
    const tags = ['reviews'];
    const read = { permission: 'reviews:read' as const };
    const write = { permission: 'reviews:write' as const };
    app.post(
      '/review-sources/:id/sync',
      { config: write, schema: { tags, params: idParam, response: { 200: reviewImportResult, ...errorResponses } } },
      (req) => service.syncGoogle(svc, req.actor!, req.params.id),
    );
    app.get(
      '/review-requests',
      {
        config: read,
        schema: {
          tags,
          querystring: reviewRequestListQuery,
          response: { 200: page(reviewRequest), ...errorResponses },
        },
      },
      (req) => service.listRequests(db, req.actor!, req.query),
    );
    app.get(
      '/reviews',
      {
        config: read,
        schema: { tags, querystring: reviewListQuery, response: { 200: page(review), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.post(
      '/reviews/import',
      {
        config: write,
        schema: {
          tags,
          description: 'CSV (text/csv) with columns source, location, rating, text, author, date, externalId',
          body: reviewImportBody,
          response: { 200: reviewImportResult, ...errorResponses },
        },
      },
      (req) => service.importCsv(svc, req.actor!, req.body),
    );
    app.post(
      '/reviews/:id/reply',
      {
        config: write,
        schema: { tags, params: idParam, body: reviewReply, response: { 200: review, ...errorResponses } },
      },
      (req) => service.reply(svc, req.actor!, req.params.id, req.body.text),
    );
    app.put(
      '/reviews/:id/draft',
      {
        config: write,
        schema: {
          tags,
          description: 'Saves the reply as a draft (replacing an earlier one); posting it is POST /reply',
          params: idParam,
          body: reviewReply,
          response: { 200: review, ...errorResponses },
        },
      },
      (req) => service.saveDraft(svc, req.actor!, req.params.id, req.body.text),
    );
    app.delete(
      '/reviews/:id/draft',
      { config: write, schema: { tags, params: idParam, response: { 200: review, ...errorResponses } } },
      (req) => service.discardDraft(db, req.actor!, req.params.id),
    );
    app.get(
      '/reviews/:id/replies',
      {
        config: read,
        schema: {
          tags,
          description: 'The reply log: every draft saved and every reply posted, copied or refused, newest first',
          params: idParam,
          response: { 200: reviewReplyLogList, ...errorResponses },
        },
      },
      (req) => service.replyLog(db, req.actor!, req.params.id),
    );
    app.get(
      '/reviews/:id/suggestions',
      {
        config: read,
        schema: {
          tags,
          description: "Likely authors: visits to the review's location in the 7 days before it, names alike",
          params: idParam,
          response: { 200: reviewSuggestionList, ...errorResponses },
        },
      },
      (req) => service.suggestions(db, req.actor!, req.params.id),
    );
    app.patch(
      '/reviews/:id',
      {
        config: write,
        schema: { tags, params: idParam, body: reviewMatch, response: { 200: review, ...errorResponses } },
      },
      (req) => service.match(db, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/review-settings',
      { config: read, schema: { tags, response: { 200: reviewSettings, ...errorResponses } } },
      (req) => service.getSettings(db, req.actor!),
    );
    app.put(
      '/review-settings',
      {
        config: { permission: 'reviews:settings' as const },
        schema: { tags, body: reviewSettingsUpdate, response: { 200: reviewSettings, ...errorResponses } },
      },
      (req) => service.updateSettings(db, req.actor!, req.body),
    );
    app.put(
      '/customers/:id/review-insider',
      {
        config: { permission: 'customers:write' as const },
        schema: {
          tags,
          description: 'Staff, relatives, owners: never asked for a public review',
          params: idParam,
          body: insiderBody,
          response: { 200: z.object({ customerId: z.uuid(), insider: z.boolean() }), ...errorResponses },
        },
      },
      (req) => service.setInsider(db, req.actor!, req.params.id, req.body.insider),
    );
    app.get(
      '/metrics/reputation',
      {
        config: { permission: 'analytics:read' as const },
        schema: { tags, querystring: reputationQuery, response: { 200: reputation, ...errorResponses } },
      },
      (req) => reputationFigures(db, req.actor!, req.query),
    );
  };

/** `/rv/{token}`: a review request's link, outside /api: records the click and sends the customer on. */
export const reviewLinkRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/rv/:token',
      { schema: { hide: true, params: z.object({ token: z.string().min(10).max(200) }) } },
      async (req, reply) => {
        const url = await service.followRequestLink(db, sha256(req.params.token));
        if (!url) return reply.code(404).type('text/plain').send('This link is not valid.');
        return reply.code(302).header('location', url).header('cache-control', 'no-store').send();
      },
    );
  };
