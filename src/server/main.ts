import path from 'node:path';
import { startDigests } from '../modules/analytics/digest.ts';
import { startPurchaseRollups } from '../modules/retention/purchases-rollup.ts';
import { startSegmentRefresh } from '../modules/retention/segments.ts';
import { startRfmRollups } from '../modules/retention/rfm-rollup.ts';
import { startRollups } from '../modules/analytics/rollup.ts';
import { startSegmentRollups } from '../modules/analytics/segment-rollup.ts';
import { webhookListeners } from '../modules/webhooks/subscriptions.ts';
import { emitter } from './platform/events.ts';
import { startCaseEngine } from '../modules/cases/case-engine.ts';
import { startTextLabelling } from '../modules/text/labelling.ts';
import { buildApp, DEFAULT_WEB_DIR } from './app.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';
import { startJobs } from './platform/jobs/jobs.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { jobHandlers } from './workers.ts';
import { ensureWebBuilt } from './web-build.ts';

/** env → database (embedded or DATABASE_URL) → migrations → dashboard build → listen. */
export async function startServer(): Promise<void> {
  const config = loadConfig();
  const say = (m: string) => console.log(m);
  if (process.env.ZABOTA_BUILD_DASHBOARD !== 'never') await ensureWebBuilt(DEFAULT_WEB_DIR, say);
  say(config.databaseUrl ? 'Connecting to PostgreSQL at DATABASE_URL…' : `Starting the embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}…`);
  const database = await openDatabase(config, { mode: 'own', log: say });
  const mailer = createMailer({ smtpUrl: process.env.ZABOTA_SMTP_URL, from: process.env.ZABOTA_MAIL_FROM ?? 'Zabota <no-reply@localhost>', outboxDir: path.join(config.dataDir, 'outbox') });
  const jobs = await startJobs(database.url, jobHandlers({ mailer }), { onError: (e) => console.error(`job queue: ${e.message}`) });
  const app = await buildApp({ db: database.db, pool: database.pool, config, jobs, webDir: DEFAULT_WEB_DIR });
  let baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const rollups = startRollups(database.pool, { onError: (e) => console.error('rollups:', e) });
  const caseEngine = startCaseEngine({ pool: database.pool, jobs, baseUrl: () => baseUrl, emit: emitter(jobs, webhookListeners(database.db)) }, { onError: (e) => console.error('case engine:', e) });
  const digests = startDigests({ pool: database.pool, jobs, baseUrl: () => baseUrl }, { onError: (e) => console.error('weekly digest:', e) });
  const purchaseRollups = startPurchaseRollups(database.pool, { onError: (e) => console.error('purchase rollups:', e) });
  const segments = startSegmentRefresh(database.pool, { onError: (e) => console.error('customer segments:', e) });
  const segmentRollups = startSegmentRollups(database.pool, { onError: (e) => console.error('segment rollups:', e) });
  const rfmRollups = startRfmRollups(database.pool, { onError: (e) => console.error('RFM rollup:', e) });
  const textLabelling = startTextLabelling(database.pool, { onError: (e) => console.error('text labelling:', e) });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`\n${signal}: stopping Zabota…`);
    await app.close().catch(() => {});
    await caseEngine.stop().catch(() => {});
    await textLabelling.stop().catch(() => {});
    await rollups.stop().catch(() => {});
    await digests.stop().catch(() => {});
    await purchaseRollups.stop().catch(() => {});
    await segments.stop().catch(() => {});
    await segmentRollups.stop().catch(() => {});
    await rfmRollups.stop().catch(() => {});
    await jobs.stop().catch(() => {});
    await database.close().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (e) {
    await database.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  baseUrl = config.publicUrl ?? `http://${shownHost}:${port}`;
  say(`\nZabota is running at http://${shownHost}:${port}/`);
  say(`API docs: http://${shownHost}:${port}/api/docs   (Ctrl+C stops Zabota and its database)`);
}
