import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import {
  invitation,
  invitationCreate,
  invitationCreated,
  invitationListQuery,
  invitationStats,
} from './invitations.contract.ts';
import * as service from './invitations.service.ts';

export const invitationRoutes = (deps: AppDeps): FastifyPluginAsyncZod => {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['invitations'];
    app.post(
      '/invitations',
      {
        config: { permission: 'invitations:write' },
        schema: {
          tags,
          body: invitationCreate,
          response: { 200: invitationCreated, 201: invitationCreated, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { row, created } = await service.create(deps, req.actor!, req.body, publicBaseUrl(req, config.publicUrl));
        return reply.status(created ? 201 : 200).send(row);
      },
    );
    app.get(
      '/invitations',
      {
        config: { permission: 'invitations:read' },
        schema: { tags, querystring: invitationListQuery, response: { 200: page(invitation), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.get(
      '/invitations/:id',
      {
        config: { permission: 'invitations:read' },
        schema: { tags, params: idParam, response: { 200: invitation, ...errorResponses } },
      },
      (req) => service.get(db, req.actor!, req.params.id),
    );
    app.get(
      '/surveys/:id/invitation-stats',
      {
        config: { permission: 'invitations:read' },
        schema: { tags, params: idParam, response: { 200: invitationStats, ...errorResponses } },
      },
      (req) => service.stats(db, req.actor!, req.params.id),
    );
  };
};
