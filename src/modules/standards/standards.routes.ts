import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { crudRoutes } from '../../platform/http/crud-routes.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page, paginationQuery } from '../../platform/http/pagination.ts';
import * as audits from './audits.service.ts';
import { compliance as complianceFigures } from './compliance.ts';
import {
  answer,
  answerBody,
  answerParams,
  audit,
  auditCreate,
  auditListQuery,
  checklist,
  checklistCreate,
  checklistListQuery,
  checklistUpdate,
  compliance,
  complianceQuery,
  schedule,
  scheduleCreate,
  scheduleUpdate,
  standard,
  standardCreate,
  standardListQuery,
  standardUpdate,
  staffNotice,
  submitResult as submitResultSchema,
  staffNoticeCreate,
} from './standards.contract.ts';
import { photoRoutes } from './photos.routes.ts';
import * as service from './standards.service.ts';

/** Written standards, checklists built from them, audit schedules and audits (with the loop into training). */
export const standardsRoutes =
  (deps: AppDeps, { lessonIdsOf }: { lessonIdsOf: service.LessonIdsOf }): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const reader = { db, lessonIdsOf };
    await app.register(photoRoutes(deps));
    await app.register(
      crudRoutes({
        path: '/standards',
        tag: 'standards',
        read: 'standards:read',
        write: 'standards:write',
        schemas: { item: standard, create: standardCreate, update: standardUpdate, listQuery: standardListQuery },
        service: {
          list: (actor, q) => service.listStandards(reader, actor, q),
          get: (actor, id) => service.getStandard(reader, actor, id),
          create: (actor, input) => service.createStandard(reader, actor, input),
          update: (actor, id, input) => service.updateStandard(reader, actor, id, input),
          remove: (actor, id) => service.archiveStandard(db, actor, id),
        },
      }),
    );
    await app.register(
      crudRoutes({
        path: '/checklists',
        tag: 'standards',
        read: 'standards:read',
        write: 'standards:write',
        schemas: { item: checklist, create: checklistCreate, update: checklistUpdate, listQuery: checklistListQuery },
        service: {
          list: (actor, q) => service.listChecklists(db, actor, q),
          get: (actor, id) => service.getChecklist(db, actor, id),
          create: (actor, input) => service.createChecklist(deps, actor, input),
          update: (actor, id, input) => service.updateChecklist(deps, actor, id, input),
          remove: (actor, id) => service.archiveChecklist(db, actor, id),
        },
      }),
    );
    await app.register(
      crudRoutes({
        path: '/audit-schedules',
        tag: 'standards',
        read: 'audits:read',
        write: 'standards:write',
        schemas: { item: schedule, create: scheduleCreate, update: scheduleUpdate, listQuery: paginationQuery },
        service: {
          list: (actor, q) => service.listSchedules(db, actor, q),
          get: (actor, id) => service.getSchedule(db, actor, id),
          create: (actor, input) => service.createSchedule(db, actor, input),
          update: (actor, id, input) => service.updateSchedule(db, actor, id, input),
          remove: (actor, id) => service.removeSchedule(db, actor, id),
        },
      }),
    );

    const tags = ['audits'];
    const read = { permission: 'audits:read' as const };
    const write = { permission: 'audits:write' as const };
    app.get(
      '/audits',
      {
        config: read,
        schema: { tags, querystring: auditListQuery, response: { 200: page(audit), ...errorResponses } },
      },
      (req) => audits.list(db, req.actor!, req.query),
    );
    app.get(
      '/audits/:id',
      {
        config: read,
        schema: { tags, params: answerParams.pick({ id: true }), response: { 200: audit, ...errorResponses } },
      },
      (req) => audits.get(db, req.actor!, req.params.id),
    );
    app.post(
      '/audits',
      { config: write, schema: { tags, body: auditCreate, response: { 201: audit, ...errorResponses } } },
      async (req, reply) => {
        const { row } = await audits.create(deps, req.actor!, req.body, publicBaseUrl(req, deps.config.publicUrl));
        return reply.status(201).send(row);
      },
    );
    app.put(
      '/audits/:id/answers/:itemId',
      {
        config: write,
        schema: { tags, params: answerParams, body: answerBody, response: { 200: answer, ...errorResponses } },
      },
      (req) => audits.putAnswer(db, req.actor!, req.params.id, req.params.itemId, req.body),
    );
    app.post(
      '/audits/:id/submit',
      {
        config: write,
        schema: {
          tags,
          params: answerParams.pick({ id: true }),
          response: { 200: submitResultSchema, ...errorResponses },
        },
      },
      (req) =>
        audits.submit({ ...deps, baseUrl: publicBaseUrl(req, deps.config.publicUrl) }, req.actor!, req.params.id),
    );
    app.get(
      '/staff-notices',
      { config: read, schema: { tags, response: { 200: page(staffNotice), ...errorResponses } } },
      (req) => service.listNotices(db, req.actor!),
    );
    app.post(
      '/staff-notices',
      {
        config: { permission: 'standards:write' },
        schema: { tags, body: staffNoticeCreate, response: { 201: staffNotice, ...errorResponses } },
      },
      async (req, reply) => reply.status(201).send(await service.publishNotice(db, req.actor!, req.body.body)),
    );
    app.get(
      '/metrics/compliance',
      {
        config: read,
        schema: { tags: ['metrics'], querystring: complianceQuery, response: { 200: compliance, ...errorResponses } },
      },
      (req) => complianceFigures(db, req.actor!, req.query),
    );
  };
