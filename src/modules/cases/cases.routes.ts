import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { deleted, idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import { emitter } from '../../platform/events.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { caseStats } from './case-stats.ts';
import {
  caseCreate,
  caseDetail,
  caseEventCreate,
  caseItem,
  caseListQuery,
  casePatch,
  caseRule,
  caseRuleCreate,
  caseRulePatch,
  caseStatsQuery,
  caseStats as caseStatsResponse,
  rootCause,
  rootCauseCreate,
  rootCausePatch,
} from './cases.contract.ts';
import * as service from './cases.service.ts';
import * as rules from './rules.service.ts';

export const caseRoutes =
  (appDeps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = appDeps;
    const deps = { ...appDeps, emit: emitter(appDeps.jobs, webhookListeners(db)) };
    const base = (req: Parameters<typeof publicBaseUrl>[0]) => publicBaseUrl(req, deps.config.publicUrl);
    const tags = ['cases'];
    app.get(
      '/cases',
      {
        config: { permission: 'cases:read' },
        schema: { tags, querystring: caseListQuery, response: { 200: page(caseItem), ...errorResponses } },
      },
      (req) => service.list(deps, req.actor!, req.query),
    );
    app.get(
      '/cases/:id',
      {
        config: { permission: 'cases:read' },
        schema: { tags, params: idParam, response: { 200: caseDetail, ...errorResponses } },
      },
      (req) => service.get(deps, req.actor!, req.params.id),
    );
    app.post(
      '/cases',
      {
        config: { permission: 'cases:write' },
        schema: { tags, body: caseCreate, response: { 201: caseDetail, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send((await service.create(deps, req.actor!, req.body, base(req))).row),
    );
    app.patch(
      '/cases/:id',
      {
        config: { permission: 'cases:write' },
        schema: { tags, params: idParam, body: casePatch, response: { 200: caseDetail, ...errorResponses } },
      },
      (req) => service.patch(deps, req.actor!, req.params.id, req.body, base(req)),
    );
    app.post(
      '/cases/:id/events',
      {
        config: { permission: 'cases:write' },
        schema: { tags, params: idParam, body: caseEventCreate, response: { 201: caseDetail, ...errorResponses } },
      },
      async (req, reply) =>
        reply.status(201).send(await service.addEvent(deps, req.actor!, req.params.id, req.body, base(req))),
    );
    app.get(
      '/case-stats',
      {
        config: { permission: 'cases:read' },
        schema: { tags, querystring: caseStatsQuery, response: { 200: caseStatsResponse, ...errorResponses } },
      },
      (req) => caseStats(db, req.actor!, req.query),
    );

    app.get(
      '/case-rules',
      {
        config: { permission: 'case_rules:read' },
        schema: { tags, response: { 200: z.object({ items: z.array(caseRule) }), ...errorResponses } },
      },
      (req) => rules.listRules(db, req.actor!),
    );
    app.post(
      '/case-rules',
      {
        config: { permission: 'case_rules:manage' },
        schema: { tags, body: caseRuleCreate, response: { 201: caseRule, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send(await rules.createRule(db, req.actor!, req.body)),
    );
    app.patch(
      '/case-rules/:id',
      {
        config: { permission: 'case_rules:manage' },
        schema: { tags, params: idParam, body: caseRulePatch, response: { 200: caseRule, ...errorResponses } },
      },
      (req) => rules.updateRule(db, req.actor!, req.params.id, req.body),
    );
    app.delete(
      '/case-rules/:id',
      {
        config: { permission: 'case_rules:manage' },
        schema: { tags, params: idParam, response: { 200: deleted, ...errorResponses } },
      },
      async (req) => {
        await rules.deleteRule(db, req.actor!, req.params.id);
        return { deleted: true as const };
      },
    );
    app.get(
      '/root-causes',
      {
        config: { permission: 'cases:read' },
        schema: { tags, response: { 200: z.object({ items: z.array(rootCause) }), ...errorResponses } },
      },
      (req) => rules.listRootCauses(db, req.actor!),
    );
    app.post(
      '/root-causes',
      {
        config: { permission: 'case_rules:manage' },
        schema: { tags, body: rootCauseCreate, response: { 201: rootCause, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send(await rules.createRootCause(db, req.actor!, req.body)),
    );
    app.patch(
      '/root-causes/:id',
      {
        config: { permission: 'case_rules:manage' },
        schema: { tags, params: idParam, body: rootCausePatch, response: { 200: rootCause, ...errorResponses } },
      },
      (req) => rules.updateRootCause(db, req.actor!, req.params.id, req.body),
    );
  };
