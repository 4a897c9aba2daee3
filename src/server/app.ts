import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { accessRoutes, accessService as access } from '../modules/access/index.ts';
import { analyticsRoutes } from '../modules/analytics/index.ts';
import { caseRoutes } from '../modules/cases/index.ts';
import { channelRoutes, widgetRoutes } from '../modules/channels/index.ts';
import { customerRoutes } from '../modules/customers/index.ts';
import { customerBoardRoutes, formPageRoutes, insightRoutes } from '../modules/insights/index.ts';
import { answerPageRoutes, pulseRoutes } from '../modules/pulse/index.ts';
import { importRoutes } from '../modules/imports/index.ts';
import { interactionRoutes } from '../modules/interactions/index.ts';
import { invitationRoutes } from '../modules/invitations/index.ts';
import { locationRoutes } from '../modules/locations/index.ts';
import { orgRoutes } from '../modules/orgs/index.ts';
import { responseExportRoutes, responseRoutes } from '../modules/responses/index.ts';
import { reportRoutes } from '../modules/reports/index.ts';
import { retentionRoutes } from '../modules/retention/index.ts';
import { selfAssessmentRoutes } from '../modules/self-assessment/index.ts';
import { staffRoutes } from '../modules/staff/index.ts';
import { mysteryPageRoutes, standardsRoutes } from '../modules/standards/index.ts';
import { surveyPageRoutes } from '../modules/survey-page/index.ts';
import { surveyRoutes } from '../modules/surveys/index.ts';
import { textRoutes } from '../modules/text/index.ts';
import { touchpointRoutes } from '../modules/touchpoints/index.ts';
import { trainingRepo, trainingRoutes } from '../modules/training/index.ts';
import { webhookRoutes } from '../modules/webhooks/index.ts';
import { reviewLinkRoutes, reviewRoutes } from '../modules/reviews/index.ts';
import { referralLinkRoutes, referralRoutes } from '../modules/referrals/index.ts';
import { floodRoutes } from '../modules/floods/index.ts';
import { messagingHookRoutes, messagingRoutes } from '../modules/messaging/index.ts';
import { connectorRoutes } from '../modules/connectors/index.ts';
import { openApiWebhooks } from '../modules/webhooks/index.ts';
import { recognitionRoutes } from '../modules/recognition/index.ts';
import { mailSettingsRoutes } from '../modules/mail-settings/index.ts';
import { registerAuth, type ApiRoute } from '../platform/http/auth-hook.ts';
import { errorBody, registerErrorHandler } from '../platform/http/errors.ts';
import { registerIdempotency } from '../platform/http/idempotency.ts';
import { QuietRequests } from '../platform/log.ts';
import { registerNulGuard } from '../platform/http/nul-guard.ts';
import { DASHBOARD_HEADERS } from './dashboard-headers.ts';
import { bindFollowUpQueue } from './subscribers.ts';
import '../platform/http/types.ts';
import type { AppDeps } from '../platform/deps.ts';

export type { AppDeps };

export const DEFAULT_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger | undefined = deps.logger;
  const app = Fastify({
    ...(loggerInstance
      ? { loggerInstance }
      : { logger: deps.config.logLevel === 'silent' ? false : { level: deps.config.logLevel } }),
    logController: new QuietRequests(),
    bodyLimit: 10 * 1024 * 1024,
    // The router's own refusals (a 5,000-character id, a malformed URL) in Zabota's error shape.
    frameworkErrors: (err, _req, reply) =>
      void (reply as FastifyReply).status(err.statusCode ?? 400).send(errorBody('invalid', err.message)),
    // Fastify takes a hop count too (proxy-addr); its types list only the other forms.
    trustProxy: (deps.config.trustProxy ?? false) as boolean | string[],
  }).withTypeProvider<ZodTypeProvider>();
  // Interactions this app writes queue their follow-ups on this app's queue.
  bindFollowUpQueue(deps.db, deps.jobs);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerNulGuard(app);
  // JSON in, JSON out: a text/plain body gets 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zabota API',
        version: '1',
        description: 'Customer loyalty through service. Authenticate with `Authorization: Bearer <API key>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
      webhooks: openApiWebhooks,
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  const apiRoutes = registerAuth(app, {
    fromApiKey: (key) => access.actorFromApiKey(deps.db, key),
    fromSession: (token) => access.actorFromSession(deps.db, token),
    sessionCookie: access.SESSION_COOKIE,
  });
  registerIdempotency(app, deps.pool);

  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
      await api.register(orgRoutes(deps));
      await api.register(accessRoutes(deps));
      await api.register(mailSettingsRoutes(deps));
      await api.register(locationRoutes(deps));
      await api.register(staffRoutes(deps));
      await api.register(touchpointRoutes(deps));
      await api.register(customerRoutes(deps));
      await api.register(interactionRoutes(deps));
      await api.register(importRoutes(deps));
      await api.register(surveyRoutes(deps));
      await api.register(invitationRoutes(deps));
      await api.register(channelRoutes(deps));
      await api.register(responseExportRoutes(deps));
      await api.register(responseRoutes(deps));
      await api.register(webhookRoutes(deps));
      await api.register(connectorRoutes(deps));
      await api.register(floodRoutes(deps));
      await api.register(caseRoutes(deps));
      await api.register(analyticsRoutes(deps));
      await api.register(retentionRoutes(deps));
      await api.register(reportRoutes(deps));
      await api.register(textRoutes(deps));
      await api.register(insightRoutes(deps));
      await api.register(pulseRoutes(deps));
      await api.register(standardsRoutes(deps, { lessonIdsOf: trainingRepo.lessonIdsByStandard }));
      await api.register(trainingRoutes(deps));
      await api.register(selfAssessmentRoutes(deps));
      await api.register(reviewRoutes(deps));
      await api.register(referralRoutes(deps));
      await api.register(messagingRoutes(deps));
      await api.register(recognitionRoutes(deps));
    },
    { prefix: '/api/v1' },
  );
  await app.register(surveyPageRoutes(deps));
  await app.register(mysteryPageRoutes(deps));
  await app.register(widgetRoutes);
  await app.register(formPageRoutes(deps));
  await app.register(customerBoardRoutes(deps));
  await app.register(answerPageRoutes(deps));
  await app.register(reviewLinkRoutes(deps));
  await app.register(referralLinkRoutes(deps));
  await app.register(messagingHookRoutes(deps));
  app.get('/healthz', { schema: { hide: true } }, async () => ({ ok: true }));

  const webDir = deps.webDir;
  if (webDir && fs.existsSync(path.join(webDir, 'index.html')))
    await app.register(async (web) => {
      web.addHook('onSend', async (_req, reply) => {
        reply.headers(DASHBOARD_HEADERS);
      });
      // Build files come with .br and .gz copies (src/web/precompress.ts); hashed assets never change.
      await web.register(fastifyStatic, {
        root: webDir,
        wildcard: false,
        index: false,
        preCompressed: true,
        setHeaders: (reply, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`))
            reply.header('cache-control', 'public, max-age=31536000, immutable');
        },
      });
      // The dashboard is a single-page app: unknown non-API paths get its shell.
      web.get('/*', { schema: { hide: true } }, (req, reply) => {
        if (req.url.startsWith('/api/')) return reply.callNotFound();
        const file = path.join(webDir, req.url.split('?')[0]!);
        if (file.startsWith(webDir) && fs.existsSync(file) && fs.statSync(file).isFile())
          return reply.sendFile(path.relative(webDir, file));
        return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
      });
    });
  app.decorate('apiRoutes', apiRoutes);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}
