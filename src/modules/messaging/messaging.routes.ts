import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { MESSAGING_CHANNELS } from '../../shared/domain.ts';
import * as connections from './connections.service.ts';
import {
  caseMessageInput,
  channelsOverview,
  channelTestInput,
  channelTestResult,
  connectionInput,
  connectionView,
  customerChannelsInput,
  customerChannelsView,
  deliveryAttemptList,
  fallbackOrderInput,
  message,
  messageList,
} from './messaging.contract.ts';
import * as service from './messaging.service.ts';

/**
 * Messaging channels (owner: connect Telegram, Viber, WhatsApp, an SMS gateway), customers'
 * addresses and consent, and the messages of a customer, an invitation or a case. Each kind has
 * its own paths, so the OpenAPI document shows each kind's own body.
 */
export const messagingRoutes = (deps: AppDeps): FastifyPluginAsyncZod => {
  const { db, config } = deps;
  return async (app) => {
    const tags = ['channels'];
    const manage = { permission: 'channels:manage' as const };
    const base = (req: Parameters<typeof publicBaseUrl>[0]) => publicBaseUrl(req, config.publicUrl);
    app.get(
      '/channels',
      { config: manage, schema: { tags, response: { 200: channelsOverview, ...errorResponses } } },
      (req) => connections.overview(db, req.actor!, base(req)),
    );
    app.put(
      '/channels/fallback-order',
      {
        config: manage,
        schema: { tags, body: fallbackOrderInput, response: { 200: channelsOverview, ...errorResponses } },
      },
      (req) => connections.setFallbackOrder(db, req.actor!, req.body.order, base(req)),
    );
    for (const kind of MESSAGING_CHANNELS) {
      app.get(
        `/channels/${kind}`,
        { config: manage, schema: { tags, response: { 200: connectionView, ...errorResponses } } },
        (req) => connections.get(db, req.actor!, kind, base(req)),
      );
      app.put(
        `/channels/${kind}`,
        {
          config: manage,
          schema: { tags, body: connectionInput[kind], response: { 200: connectionView, ...errorResponses } },
        },
        (req) => connections.save(db, req.actor!, kind, req.body as never, base(req)),
      );
      app.delete(
        `/channels/${kind}`,
        { config: manage, schema: { tags, response: { 204: z.null(), ...errorResponses } } },
        async (req, reply) => {
          await connections.remove(db, req.actor!, kind);
          return reply.status(204).send(null);
        },
      );
      app.post(
        `/channels/${kind}/test`,
        {
          config: manage,
          schema: { tags, body: channelTestInput, response: { 200: channelTestResult, ...errorResponses } },
        },
        (req) => connections.test(db, req.actor!, kind, req.body.to),
      );
    }
    app.get(
      '/customers/:id/channels',
      {
        config: { permission: 'customers:read' },
        schema: { tags, params: idParam, response: { 200: customerChannelsView, ...errorResponses } },
      },
      (req) => service.customerChannels(db, req.actor!, req.params.id),
    );
    app.put(
      '/customers/:id/channels',
      {
        config: { permission: 'customers:write' },
        schema: {
          tags,
          params: idParam,
          body: customerChannelsInput,
          response: { 200: customerChannelsView, ...errorResponses },
        },
      },
      (req) => service.updateCustomerChannels(db, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/customers/:id/messages',
      {
        config: { permission: 'customers:read' },
        schema: { tags, params: idParam, response: { 200: messageList, ...errorResponses } },
      },
      (req) => service.customerMessages(db, req.actor!, req.params.id),
    );
    app.get(
      '/customers/:id/deliveries',
      {
        config: { permission: 'customers:read' },
        schema: { tags, params: idParam, response: { 200: deliveryAttemptList, ...errorResponses } },
      },
      (req) => service.customerDeliveries(db, req.actor!, req.params.id),
    );
    app.get(
      '/invitations/:id/deliveries',
      {
        config: { permission: 'invitations:read' },
        schema: { tags, params: idParam, response: { 200: deliveryAttemptList, ...errorResponses } },
      },
      (req) => service.invitationDeliveries(db, req.actor!, req.params.id),
    );
    app.get(
      '/review-requests/:id/deliveries',
      {
        config: { permission: 'reviews:read' },
        schema: { tags, params: idParam, response: { 200: deliveryAttemptList, ...errorResponses } },
      },
      (req) => service.reviewRequestDeliveries(db, req.actor!, req.params.id),
    );
    app.get(
      '/invitations/:id/messages',
      {
        config: { permission: 'invitations:read' },
        schema: { tags, params: idParam, response: { 200: messageList, ...errorResponses } },
      },
      (req) => service.invitationMessages(db, req.actor!, req.params.id),
    );
    app.get(
      '/cases/:id/messages',
      {
        config: { permission: 'cases:read' },
        schema: { tags, params: idParam, response: { 200: messageList, ...errorResponses } },
      },
      (req) => service.caseMessages(deps, req.actor!, req.params.id),
    );
    app.post(
      '/cases/:id/messages',
      {
        config: { permission: 'cases:write' },
        schema: { tags, params: idParam, body: caseMessageInput, response: { 201: message, ...errorResponses } },
      },
      async (req, reply) =>
        reply.status(201).send(await service.sendCaseMessage(deps, req.actor!, req.params.id, req.body.text)),
    );
  };
};
