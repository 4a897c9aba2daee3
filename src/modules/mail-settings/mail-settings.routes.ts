import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps.ts';
import { requestLanguage } from '../../platform/http/error-language.ts';
import { errorResponses } from '../../platform/http/openapi.ts';
import { staffService as staff } from '../staff/index.ts';
import { mailSettings, mailSettingsUpdate, mailTest } from './mail-settings.contract.ts';
import * as service from './mail-settings.service.ts';

const tags = ['mail settings'];
const config = { permission: 'mail:manage' as const };

/** The owner's SMTP settings for the organisation's mail, and a test message through them. */
export const mailSettingsRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get('/org/mail', { config, schema: { tags, response: { 200: mailSettings, ...errorResponses } } }, (req) =>
      service.get(db, req.actor!),
    );
    app.put(
      '/org/mail',
      { config, schema: { tags, body: mailSettingsUpdate, response: { 200: mailSettings, ...errorResponses } } },
      (req) => service.update(db, req.actor!, req.body),
    );
    app.delete('/org/mail', { config, schema: { tags, response: { 200: mailSettings, ...errorResponses } } }, (req) =>
      service.remove(db, req.actor!),
    );
    app.post(
      '/org/mail/test',
      {
        config,
        schema: {
          tags,
          body: mailTest,
          response: { 200: z.object({ sent: z.literal(true), to: z.string() }), ...errorResponses },
        },
      },
      async (req) => {
        const actor = req.actor!;
        const me = actor.staffId ? await staff.get(db, actor, actor.staffId) : null;
        return service.sendTest(db, actor, req.body.to, me?.email ?? null, requestLanguage(req));
      },
    );
  };
