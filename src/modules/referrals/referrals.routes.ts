import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { emitter } from '../../platform/events.ts';
import { publicBaseUrl } from '../../platform/http/base-url.ts';
import { idParam } from '../../platform/http/dto.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { page } from '../../platform/http/pagination.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { escapeHtml } from '../invitations/index.ts';
import { orgsRepo } from '../orgs/index.ts';
import { webhookListeners } from '../webhooks/index.ts';
import { decideNameCredit, listNameCredits } from './name-credits.service.ts';
import {
  nameCredit,
  nameCreditDecision,
  nameCreditListQuery,
  referral,
  referralClaim,
  referralCode,
  referralDecision,
  referralListQuery,
  referralProgram,
  referralProgramCreate,
  referralProgramUpdate,
  wordOfMouth,
  wordOfMouthQuery,
} from './referrals.contract.ts';
import * as service from './referrals.service.ts';
import { wordOfMouth as wordOfMouthFigures } from './word-of-mouth.ts';

export const referralRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const svc = { db, pool: deps.pool, emit: emitter(deps.jobs, webhookListeners(db)) };
    const tags = ['referrals'];
    const manage = { permission: 'referral_programs:manage' as const };
    app.get(
      '/referral-programs',
      {
        config: { permission: 'referrals:read' },
        schema: { tags, response: { 200: page(referralProgram), ...errorResponses } },
      },
      (req) => service.listPrograms(db, req.actor!),
    );
    app.post(
      '/referral-programs',
      {
        config: manage,
        schema: { tags, body: referralProgramCreate, response: { 201: referralProgram, ...errorResponses } },
      },
      async (req, reply) => reply.code(201).send(await service.createProgram(db, req.actor!, req.body)),
    );
    app.patch(
      '/referral-programs/:id',
      {
        config: manage,
        schema: {
          tags,
          params: idParam,
          body: referralProgramUpdate,
          response: { 200: referralProgram, ...errorResponses },
        },
      },
      (req) => service.updateProgram(db, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/customers/:id/referral-code',
      {
        config: { permission: 'referrals:read' },
        schema: { tags, params: idParam, response: { 200: referralCode, ...errorResponses } },
      },
      (req) => service.codeFor(db, req.actor!, req.params.id, publicBaseUrl(req, deps.config.publicUrl)),
    );
    app.get(
      '/referrals',
      {
        config: { permission: 'referrals:read' },
        schema: { tags, querystring: referralListQuery, response: { 200: page(referral), ...errorResponses } },
      },
      (req) => service.list(db, req.actor!, req.query),
    );
    app.post(
      '/referrals',
      {
        config: { permission: 'referrals:write' },
        schema: {
          tags,
          description: 'A code given at the counter, a followed link, or a staff entry; attribution decides',
          body: referralClaim,
          response: { 200: referral, ...errorResponses },
        },
      },
      (req) => service.claim(svc, req.actor!, req.body),
    );
    app.patch(
      '/referrals/:id',
      {
        config: manage,
        schema: { tags, params: idParam, body: referralDecision, response: { 200: referral, ...errorResponses } },
      },
      (req) => service.decide(db, req.actor!, req.params.id, req.body.decision),
    );
    app.get(
      '/referral-name-credits',
      {
        config: { permission: 'referrals:read' },
        schema: {
          tags,
          description: '"Who recommended you?" answers that gave only a name, with customers whose name is alike',
          querystring: nameCreditListQuery,
          response: { 200: page(nameCredit), ...errorResponses },
        },
      },
      (req) => listNameCredits(db, req.actor!, req.query),
    );
    app.patch(
      '/referral-name-credits/:id',
      {
        config: { permission: 'referrals:write' },
        schema: {
          tags,
          description: 'Credit the named customer (a survey claim: attribution and fraud rules decide) or dismiss',
          params: idParam,
          body: nameCreditDecision,
          response: { 200: nameCredit, ...errorResponses },
        },
      },
      (req) => decideNameCredit(svc, req.actor!, req.params.id, req.body),
    );
    app.get(
      '/metrics/word-of-mouth',
      {
        config: { permission: 'analytics:read' },
        schema: { tags, querystring: wordOfMouthQuery, response: { 200: wordOfMouth, ...errorResponses } },
      },
      (req) => wordOfMouthFigures(db, req.actor!, req.query),
    );
  };

/** `/r/{code}`: the link a customer shares. Records the visit and sends the visitor on. */
export const referralLinkRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/r/:code',
      { schema: { hide: true, params: z.object({ code: z.string().max(20) }) } },
      async (req, reply) => {
        const found = await service.visit(db, req.params.code, req.ip, req.headers['user-agent']);
        if (!found) return reply.code(404).type('text/plain').send('This link is not valid.');
        reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
        if (found.landingUrl) return reply.code(302).header('location', found.landingUrl).send();
        const org = await orgsRepo.get(db, found.orgId);
        const lang = req.headers['accept-language']?.slice(0, 2) ?? org?.defaultLanguage ?? 'en';
        const title = translate(lang, 'referral.landing.title', {
          name: found.referrerName ?? '—',
          business: org?.name ?? '',
        });
        return reply
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="${escapeHtml(lang)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title><body style="font-family:system-ui,sans-serif;padding:32px"><h1>${escapeHtml(title)}</h1></body></html>`,
          );
      },
    );
  };
