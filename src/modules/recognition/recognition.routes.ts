import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { deleted, idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import * as gestures from './gestures.service.ts';
import { inviteToCoCreate } from './co-creation.ts';
import { leadUsers } from './lead-users.ts';
import * as loyalty from './loyalty.service.ts';
import * as points from './points.service.ts';
import {
  customerRecognitionUpdate,
  gesture,
  gestureCreate,
  gestureDeliver,
  gestureListQuery,
  gestureSkip,
  gestureTask,
  gestureTaskCreate,
  gestureTaskListQuery,
  gestureUpdate,
  leadUsers as leadUsersSchema,
  leadUsersQuery,
  coCreationInvite,
  coCreationSent,
  loyalty as loyaltySchema,
  pointsEntry,
  pointsEntryCreate,
  pointsListQuery,
  pointsSettings,
  recognitionFigures,
  recognitionFiguresQuery,
  tier,
  tierCreate,
  tierPreview,
  tierPreviewBody,
  tierUpdate,
} from './recognition.contract.ts';
import { recognitionFigures as figures } from './recognition-figures.ts';
import * as tiers from './tiers.service.ts';

export const recognitionRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { pool } = deps;
    const tags = ['recognition'];
    const read = { permission: 'recognition:read' as const };
    const manageTiers = { permission: 'tiers:manage' as const };
    const manageGestures = { permission: 'gestures:manage' as const };
    const act = { permission: 'gesture_tasks:write' as const };

    app.get('/tiers', { config: read, schema: { tags, response: { 200: page(tier), ...errorResponses } } }, (req) =>
      tiers.list(pool, req.actor!),
    );
    app.post(
      '/tiers',
      {
        config: manageTiers,
        schema: {
          tags,
          description: 'Customers are recalculated in the background',
          body: tierCreate,
          response: { 201: tier, ...errorResponses },
        },
      },
      async (req, reply) => reply.code(201).send((await tiers.create(pool, req.actor!, req.body)).row),
    );
    app.post(
      '/tiers/preview',
      {
        config: manageTiers,
        schema: {
          tags,
          description: 'How many customers a proposed set of tiers would move; nothing is stored',
          body: tierPreviewBody,
          response: { 200: tierPreview, ...errorResponses },
        },
      },
      (req) => tiers.preview(pool, req.actor!, req.body),
    );
    app.patch(
      '/tiers/:id',
      {
        config: manageTiers,
        schema: { tags, params: idParam, body: tierUpdate, response: { 200: tier, ...errorResponses } },
      },
      (req) => tiers.update(pool, req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/tiers/:id',
      { config: manageTiers, schema: { tags, params: idParam, response: { 200: deleted, ...errorResponses } } },
      async (req) => {
        await tiers.remove(pool, req.actor!, req.params.id);
        return { deleted: true as const };
      },
    );
    app.get(
      '/customers/:id/loyalty',
      { config: read, schema: { tags, params: idParam, response: { 200: loyaltySchema, ...errorResponses } } },
      (req) => loyalty.loyaltyOf(pool, req.actor!, req.params.id),
    );
    app.patch(
      '/customers/:id/loyalty',
      {
        config: { permission: 'customers:write' },
        schema: {
          tags,
          description: 'Birthday, preferences, what to remember, profiling opt-out, a tier given by hand',
          params: idParam,
          body: customerRecognitionUpdate,
          response: { 200: loyaltySchema, ...errorResponses },
        },
      },
      (req) => loyalty.updateCustomer(pool, req.actor!, req.params.id, req.body),
    );

    app.get(
      '/gestures',
      {
        config: read,
        schema: { tags, querystring: gestureListQuery, response: { 200: page(gesture), ...errorResponses } },
      },
      (req) => gestures.listGestures(pool, req.actor!, req.query),
    );
    app.post(
      '/gestures',
      { config: manageGestures, schema: { tags, body: gestureCreate, response: { 201: gesture, ...errorResponses } } },
      async (req, reply) => reply.code(201).send(await gestures.createGesture(pool, req.actor!, req.body)),
    );
    app.patch(
      '/gestures/:id',
      {
        config: manageGestures,
        schema: { tags, params: idParam, body: gestureUpdate, response: { 200: gesture, ...errorResponses } },
      },
      (req) => gestures.updateGesture(pool, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/gesture-tasks',
      {
        config: read,
        schema: { tags, querystring: gestureTaskListQuery, response: { 200: page(gestureTask), ...errorResponses } },
      },
      (req) => gestures.listTasks(pool, req.actor!, req.query),
    );
    app.post(
      '/gesture-tasks',
      {
        config: act,
        schema: {
          tags,
          description: 'A gesture given by hand',
          body: gestureTaskCreate,
          response: { 201: gestureTask, ...errorResponses },
        },
      },
      async (req, reply) => reply.code(201).send(await gestures.createTask(pool, req.actor!, req.body)),
    );
    app.post(
      '/gesture-tasks/:id/deliver',
      {
        config: act,
        schema: { tags, params: idParam, body: gestureDeliver, response: { 200: gestureTask, ...errorResponses } },
      },
      (req) => gestures.deliver(pool, req.actor!, req.params.id, req.body),
    );
    app.post(
      '/gesture-tasks/:id/skip',
      {
        config: act,
        schema: { tags, params: idParam, body: gestureSkip, response: { 200: gestureTask, ...errorResponses } },
      },
      (req) => gestures.skip(pool, req.actor!, req.params.id, req.body.reason),
    );
    app.get(
      '/metrics/recognition',
      {
        config: { permission: 'analytics:read' },
        schema: {
          tags,
          querystring: recognitionFiguresQuery,
          response: { 200: recognitionFigures, ...errorResponses },
        },
      },
      (req) => figures(deps, req.actor!, req.query),
    );
    app.get(
      '/lead-users',
      {
        config: { permission: 'analytics:read' },
        schema: {
          tags,
          description: 'Customers ranked by the lead-user score, with its reasons; profiling opt-outs are left out',
          querystring: leadUsersQuery,
          response: { 200: leadUsersSchema, ...errorResponses },
        },
      },
      (req) => leadUsers(deps, req.actor!, req.query),
    );
    app.post(
      '/lead-users/:id/invitations',
      {
        config: { permission: 'lead_users:invite' },
        schema: {
          tags,
          description:
            'Emails the customer an invitation to a co-creation session, in their language. Refused (409) without their marketing consent or after they opted out of profiling',
          params: idParam,
          body: coCreationInvite,
          response: { 201: coCreationSent, ...errorResponses },
        },
      },
      async (req, reply) => reply.code(201).send(await inviteToCoCreate(deps, req.actor!, req.params.id, req.body)),
    );
    app.get(
      '/points/settings',
      { config: read, schema: { tags, response: { 200: pointsSettings, ...errorResponses } } },
      async (req) => ({ enabled: await points.enabled(pool, req.actor!.orgId) }),
    );
    app.put(
      '/points/settings',
      {
        config: { permission: 'tiers:manage' },
        schema: { tags, body: pointsSettings, response: { 200: pointsSettings, ...errorResponses } },
      },
      (req) => points.setEnabled(pool, req.actor!, req.body.enabled),
    );
    app.get(
      '/points/ledger',
      {
        config: read,
        schema: {
          tags,
          querystring: pointsListQuery,
          response: { 200: page(pointsEntry.omit({ balance: true })), ...errorResponses },
        },
      },
      (req) => points.list(pool, req.actor!, req.query),
    );
    app.post(
      '/points/ledger',
      {
        config: { permission: 'customers:write' },
        schema: {
          tags,
          description: 'Append-only; one entry per (sourceType, sourceId, kind): a repeat answers 200 with the first',
          body: pointsEntryCreate,
          response: { 200: pointsEntry, 201: pointsEntry, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { row, created } = await points.append(pool, req.actor!, req.body);
        return reply.code(created ? 201 : 200).send(row);
      },
    );
  };
