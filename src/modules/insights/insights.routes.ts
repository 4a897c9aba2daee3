import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  commentCreate,
  customerLink,
  customerLinkCreate,
  customerLinkRevoke,
  figuresQuery,
  insight,
  insightComment,
  insightCreate,
  insightDetail,
  insightFigures,
  insightListQuery,
  insightPatch,
  link,
  linkCreate,
  suggestionQuery,
  suggestions,
  voteResult,
} from './insights.contract.ts';
import * as board from './customer-board.service.ts';
import * as service from './insights.service.ts';

/** Front-line insights: posts, votes, comments, decisions with the outcome told back, and the staff form links. */
export const insightRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const tags = ['insights'];
    const read = { permission: 'insights:read' as const };
    const write = { permission: 'insights:write' as const };
    const manage = { permission: 'insights:manage' as const };
    app.get(
      '/insights',
      {
        config: read,
        schema: { tags, querystring: insightListQuery, response: { 200: page(insight), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.post(
      '/insights',
      { config: write, schema: { tags, body: insightCreate, response: { 201: insight, ...errorResponses } } },
      async (req, reply) => reply.code(201).send((await service.create(deps, req.actor!, req.body)).row),
    );
    app.get(
      '/insights/suggestions',
      {
        config: read,
        schema: { tags, querystring: suggestionQuery, response: { 200: suggestions, ...errorResponses } },
      },
      (req) => service.suggest(deps, req.actor!, req.query),
    );
    app.get(
      '/insights/figures',
      {
        config: read,
        schema: { tags, querystring: figuresQuery, response: { 200: insightFigures, ...errorResponses } },
      },
      (req) => service.figures(db, req.actor!, req.query),
    );
    app.get(
      '/insights/:id',
      { config: read, schema: { tags, params: idParam, response: { 200: insightDetail, ...errorResponses } } },
      (req) => service.get(deps, req.actor!, req.params.id),
    );
    app.patch(
      '/insights/:id',
      {
        config: manage,
        schema: { tags, params: idParam, body: insightPatch, response: { 200: insight, ...errorResponses } },
      },
      (req) => service.patch(deps, req.actor!, req.params.id, req.body),
    );
    app.post(
      '/insights/:id/votes',
      { config: write, schema: { tags, params: idParam, response: { 200: voteResult, ...errorResponses } } },
      (req) => service.vote(db, req.actor!, req.params.id),
    );
    app.post(
      '/insights/:id/comments',
      {
        config: write,
        schema: { tags, params: idParam, body: commentCreate, response: { 201: insightComment, ...errorResponses } },
      },
      async (req, reply) => reply.code(201).send(await service.comment(db, req.actor!, req.params.id, req.body.body)),
    );
    app.post(
      '/insight-links',
      { config: manage, schema: { tags, body: linkCreate, response: { 201: link, ...errorResponses } } },
      async (req, reply) =>
        reply
          .code(201)
          .send(await service.issueLink(deps, req.actor!, req.body.staffId, publicBaseUrl(req, deps.config.publicUrl))),
    );
    app.post(
      '/insight-links/revoke',
      {
        config: manage,
        schema: {
          tags,
          body: linkCreate,
          response: { 200: z.object({ revoked: z.number().int() }), ...errorResponses },
        },
      },
      (req) => service.revokeLinks(db, req.actor!, req.body.staffId),
    );
    app.post(
      '/customer-idea-links',
      {
        config: manage,
        schema: {
          tags,
          description: "Issues a customer's personal idea-board link (`/c/{token}`), revoking the one before it",
          body: customerLinkCreate,
          response: { 201: customerLink, ...errorResponses },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await board.issueLink(deps, req.actor!, req.body, publicBaseUrl(req, deps.config.publicUrl))),
    );
    app.post(
      '/customer-idea-links/revoke',
      {
        config: manage,
        schema: {
          tags,
          body: customerLinkRevoke,
          response: { 200: z.object({ revoked: z.number().int() }), ...errorResponses },
        },
      },
      (req) => board.revokeLinks(db, req.actor!, req.body.customerId),
    );
  };
