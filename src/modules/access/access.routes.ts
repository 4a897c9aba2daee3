import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { hashPassword, sha256 } from '../../platform/auth/secrets.ts';
import { AppError } from '../../platform/errors.ts';
import { idParam } from '../../platform/http/dto.ts';
import { LANGUAGES } from '../../shared/domain.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { setupBody } from '../orgs/orgs.contract.ts';
import { orgsService as orgs } from '../orgs/index.ts';
import { staffRepo, staffService } from '../staff/index.ts';
import { staffMember } from '../staff/staff.contract.ts';
import {
  acceptInviteBody,
  apiKey,
  apiKeyCreate,
  apiKeyCreated,
  loginBody,
  me,
  sessionStarted,
} from './access.contract.ts';
import * as service from './access.service.ts';
import { createOrg } from './onboarding.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';

export const accessRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['access'];
    const setupTags = ['organisation'];
    app.get(
      '/setup',
      {
        config: { public: true },
        schema: { tags: setupTags, response: { 200: z.object({ needsSetup: z.boolean() }) } },
      },
      async () => ({
        needsSetup: await orgs.needsSetup(deps.db),
      }),
    );
    // First-run onboarding: the first organisation and its owner. Later ones are created with the CLI.
    app.post(
      '/setup',
      {
        config: { public: true },
        schema: {
          tags: setupTags,
          body: setupBody,
          response: { 201: z.object({ orgId: z.uuid(), csrfToken: z.string() }), ...errorResponses },
        },
      },
      async (req, reply) => {
        if (!(await orgs.needsSetup(deps.db)))
          throw new AppError('forbidden', 'This server is already set up; sign in instead');
        const b = req.body;
        const created = await createOrg(deps.db, {
          name: b.orgName,
          ownerName: b.ownerName,
          ownerEmail: b.ownerEmail,
          ownerPassword: b.ownerPassword,
          timeZone: b.timeZone,
          defaultLanguage: b.defaultLanguage,
        });
        const session = await service.createSession(deps.db, created.orgId, created.ownerId);
        setSessionCookie(req, reply, session.token, deps.config.publicUrl);
        return reply.status(201).send({ orgId: created.orgId, csrfToken: session.csrfToken });
      },
    );
    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: { tags, body: loginBody, response: { 200: sessionStarted, ...errorResponses } },
      },
      async (req, reply) => {
        const session = await service.login(deps.db, {
          email: req.body.email,
          password: req.body.password,
          ip: req.ip,
          language: /^(ru|bg)\b/i.exec(String(req.headers['accept-language'] ?? ''))?.[1]?.toLowerCase(),
        });
        setSessionCookie(req, reply, session.token, deps.config.publicUrl);
        return { csrfToken: session.csrfToken };
      },
    );
    app.post(
      '/auth/logout',
      {
        config: { public: true },
        schema: {
          tags,
          description: 'Ends the cookie session; needs the X-CSRF-Token header of that session.',
          response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
        },
      },
      async (req, reply) => {
        const token = req.cookies[service.SESSION_COOKIE];
        const csrf = req.headers['x-csrf-token'];
        if (token) await service.logout(deps.db, token, typeof csrf === 'string' ? csrf : undefined);
        clearSessionCookie(reply);
        return { ok: true as const };
      },
    );
    app.post(
      '/auth/accept-invite',
      {
        config: { public: true },
        schema: { tags, body: acceptInviteBody, response: { 200: sessionStarted, ...errorResponses } },
      },
      async (req, reply) => {
        const member = await staffRepo.findByInvite(deps.db, sha256(req.body.token));
        if (!member)
          throw new AppError('not_found', 'This invitation link is unknown, used or expired; ask for a new one', {
            token: 'invalid or expired',
          });
        await staffRepo.setPassword(deps.db, member.id, await hashPassword(req.body.password));
        const session = await service.createSession(deps.db, member.orgId, member.id);
        setSessionCookie(req, reply, session.token, deps.config.publicUrl);
        return { csrfToken: session.csrfToken };
      },
    );
    app.get(
      '/auth/me',
      { config: { permission: 'org:read' }, schema: { tags, response: { 200: me, ...errorResponses } } },
      async (req) => {
        const actor = req.actor!;
        const token = req.cookies[service.SESSION_COOKIE];
        const session = actor.via === 'session' && token ? await service.actorFromSession(deps.db, token) : null;
        return {
          org: await orgs.get(deps.db, actor),
          staff: actor.staffId ? await staffService.get(deps.db, actor, actor.staffId) : null,
          role: actor.role,
          via: actor.via,
          csrfToken: session?.csrfToken ?? null,
        };
      },
    );
    app.put(
      '/auth/me/language',
      {
        config: { permission: 'org:read' },
        schema: {
          tags,
          description: 'The signed-in person chooses their language (dashboard, server messages, their emails).',
          body: z.object({ language: z.enum(LANGUAGES) }),
          response: { 200: staffMember, ...errorResponses },
        },
      },
      async (req) => staffService.setOwnLanguage(deps.db, req.actor!, req.body.language),
    );
    app.get(
      '/api-keys',
      {
        config: { permission: 'api_keys:manage' },
        schema: { tags, response: { 200: z.object({ items: z.array(apiKey) }), ...errorResponses } },
      },
      async (req) => ({
        items: (await service.listApiKeys(deps.db, req.actor!)).map((k) => ({
          ...k,
          createdAt: k.createdAt.toISOString(),
          lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
          revokedAt: k.revokedAt?.toISOString() ?? null,
        })),
      }),
    );
    app.post(
      '/api-keys',
      {
        config: { permission: 'api_keys:manage' },
        schema: { tags, body: apiKeyCreate, response: { 201: apiKeyCreated, ...errorResponses } },
      },
      async (req, reply) => {
        const actor = req.actor!;
        if (req.body.staffId) await staffService.get(deps.db, actor, req.body.staffId);
        const created = await service.createApiKey(deps.db, { orgId: actor.orgId, ...req.body });
        return reply.status(201).send({
          id: created.id,
          apiKey: created.apiKey,
          role: created.role,
          name: created.name,
          prefix: created.prefix,
        });
      },
    );
    app.delete(
      '/api-keys/:id',
      {
        config: { permission: 'api_keys:manage' },
        schema: { tags, params: idParam, response: { 200: z.object({ revoked: z.literal(true) }), ...errorResponses } },
      },
      async (req) => {
        await service.revokeApiKey(deps.db, req.actor!, req.params.id);
        return { revoked: true as const };
      },
    );
  };
