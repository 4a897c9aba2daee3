import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { runRequestedRebuild } from '../../src/modules/analytics/rebuild.ts';
import { startRollups } from '../../src/modules/analytics/rollup.ts';
import { drainSegmentCounts } from '../../src/modules/analytics/segment-rollup.ts';
import { webhookListeners } from '../../src/modules/webhooks/subscriptions.ts';
import { emitter } from '../../src/platform/events.ts';
import { startCaseEngine } from '../../src/modules/cases/case-engine.ts';
import { startTextLabelling } from '../../src/modules/text/labelling.ts';
import { buildApp } from '../../src/server/app.ts';
import { startJobs } from '../../src/platform/jobs/jobs.ts';
import { createMailer, type Mail, type Mailer } from '../../src/platform/mail/mailer.ts';
import { jobHandlers } from '../../src/server/workers.ts';
import { createApiKey } from '../../src/modules/access/access.service.ts';
import { createOrg } from '../../src/modules/access/onboarding.ts';
import type { Role } from '../../src/shared/domain.ts';
import { createTestDatabase } from './test-db.ts';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The real app on a fresh database. Mail goes to a real outbox folder and is also remembered in
 * `sent` so tests can read it. Use `as(key)` to call the API with an API key.
 */
export async function createTestApp(opts: { webDir?: string; mailer?: Mailer } = {}) {
  const database = await createTestDatabase();
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-outbox-'));
  const sent: Mail[] = [];
  const fileMailer = createMailer({ from: 'test@zabota.local', outboxDir: outbox });
  const mailer: Mailer = opts.mailer ?? { send: async (m) => (sent.push(m), fileMailer.send(m)) };
  const jobs = await startJobs(database.url, jobHandlers({ mailer }), { pollingIntervalSeconds: 0.5 });
  const app: FastifyInstance = await buildApp({
    db: database.db,
    pool: database.pool,
    config: { publicUrl: undefined, logLevel: (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent' },
    jobs,
    webDir: opts.webDir,
  });
  await app.ready();
  // Tests drive the service-recovery loop themselves (runCaseEngine) instead of waiting for its timer.
  const rollups = startRollups(database.pool, { intervalMs: 3_600_000 });
  const caseEngine = startCaseEngine(
    {
      pool: database.pool,
      jobs,
      baseUrl: () => 'http://zabota.test',
      emit: emitter(jobs, webhookListeners(database.db)),
    },
    { intervalMs: 3_600_000 },
  );
  const textLabelling = startTextLabelling(database.pool, { intervalMs: 3_600_000 });

  let n = 0;
  const newOrg = async (name = `Org ${++n}`) => {
    const created = await createOrg(database.db, {
      name,
      ownerEmail: `owner${n}-${Date.now()}@example.com`,
      ownerPassword: 'password123',
      ownerName: 'Owner',
    });
    return { ...created, as: as(created.apiKey) };
  };
  const keyFor = async (orgId: string, role: Role, staffId: string | null = null) =>
    (await createApiKey(database.db, { orgId, role, name: 'test', staffId })).apiKey;

  function as(apiKey: string) {
    const call = (
      method: InjectOptions['method'],
      url: string,
      payload?: unknown,
      headers: Record<string, string> = {},
    ) =>
      app.inject({
        method,
        url,
        payload: payload as InjectOptions['payload'],
        headers: { authorization: `Bearer ${apiKey}`, ...headers },
      });
    return {
      get: (url: string) => call('GET', url),
      post: (url: string, body?: unknown, headers?: Record<string, string>) => call('POST', url, body ?? {}, headers),
      patch: (url: string, body?: unknown) => call('PATCH', url, body ?? {}),
      delete: (url: string) => call('DELETE', url),
      call,
    };
  }

  return {
    app,
    database,
    db: database.db,
    sent,
    outbox,
    newOrg,
    keyFor,
    as,
    jobs,
    // Comments are labelled before rules look at them, as the labelling sweeper does within a second in production.
    runCaseEngine: async () => {
      await textLabelling.runOnce();
      await caseEngine.runOnce();
    },
    runTextLabelling: () => textLabelling.runOnce(),
    /** Requested rebuilds, the metric rollups, then the segment rollups of the customers they touched (as the sweepers do within a second or two). */
    runRollups: async () => {
      while (await runRequestedRebuild(database.pool));
      await rollups.runOnce();
      await drainSegmentCounts(database.pool);
    },
    /** Waits until a mail to `to` has been sent by the queue's worker. */
    waitForMail: async (to: string, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const mail = sent.find((m) => m.to === to);
        if (mail) return mail;
        if (Date.now() > until) throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: async () => {
      await app.close();
      await caseEngine.stop();
      await textLabelling.stop();
      await rollups.stop();
      await jobs.stop();
      await database.drop();
      fs.rmSync(outbox, { recursive: true, force: true });
    },
  };
}
