import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { createSession } from '../access/access.service.ts';
import { setSessionCookie } from '../access/session-cookie.ts';
import { org, orgUpdate, setupBody } from './orgs.contract.ts';
import * as service from './orgs.service.ts';

export const orgRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['organisation'];
    app.get(
      '/setup',
      { config: { public: true }, schema: { tags, response: { 200: z.object({ needsSetup: z.boolean() }) } } },
      async () => ({
        needsSetup: await service.needsSetup(deps.db),
      }),
    );
    // First-run onboarding: the first organisation and its owner. Later ones are created with the CLI.
    app.post(
      '/setup',
      {
        config: { public: true },
        schema: {
          tags,
          body: setupBody,
          response: { 201: z.object({ orgId: z.uuid(), csrfToken: z.string() }), ...errorResponses },
        },
      },
      async (req, reply) => {
        if (!(await service.needsSetup(deps.db)))
          throw new AppError('forbidden', 'This server is already set up; sign in instead');
        const b = req.body;
        const created = await service.createOrg(deps.db, {
          name: b.orgName,
          ownerName: b.ownerName,
          ownerEmail: b.ownerEmail,
          ownerPassword: b.ownerPassword,
          timeZone: b.timeZone,
          defaultLanguage: b.defaultLanguage,
        });
        const session = await createSession(deps.db, created.orgId, created.ownerId);
        setSessionCookie(req, reply, session.token, deps.config.publicUrl);
        return reply.status(201).send({ orgId: created.orgId, csrfToken: session.csrfToken });
      },
    );
    app.get(
      '/org',
      { config: { permission: 'org:read' }, schema: { tags, response: { 200: org, ...errorResponses } } },
      (req) => service.get(deps.db, req.actor!),
    );
    app.patch(
      '/org',
      {
        config: { permission: 'org:write' },
        schema: { tags, body: orgUpdate, response: { 200: org, ...errorResponses } },
      },
      (req) => service.update(deps.db, req.actor!, req.body),
    );
  };
