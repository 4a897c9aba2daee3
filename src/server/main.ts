import path from 'node:path';
import { buildApp, DEFAULT_WEB_DIR } from './app.ts';
import { startBackground } from './background.ts';
import { loadConfig } from '../platform/config.ts';
import { connect, openDatabase } from '../platform/db/database.ts';
import { startJobs } from '../platform/jobs/jobs.ts';
import { createLogger } from '../platform/log.ts';
import { createMailer } from '../platform/mail/mailer.ts';
import { defaultPublicUrl, jobHandlers } from './workers.ts';
import { ensureWebBuilt } from './web-build.ts';

/**
 * env → database (embedded or DATABASE_URL) → migrations → dashboard build → listen.
 * ZABOTA_ROLE splits the work when several processes share one database: `web` listens and only
 * enqueues, `worker` runs the queue's workers and the background sweepers, `all` does both.
 */
export async function startServer(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const say = (m: string) => logger.info(m);
  const serves = config.role !== 'worker';
  const works = config.role !== 'web';
  if (serves && process.env.ZABOTA_BUILD_DASHBOARD !== 'never') await ensureWebBuilt(DEFAULT_WEB_DIR, say);
  say(
    config.databaseUrl
      ? 'Connecting to PostgreSQL at DATABASE_URL…'
      : `Starting the embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}…`,
  );
  const database = await openDatabase(config, { mode: 'own', log: say });
  const mailer = createMailer({
    smtpUrl: process.env.ZABOTA_SMTP_URL,
    from: process.env.ZABOTA_MAIL_FROM || 'Zabota <no-reply@localhost>',
    outboxDir: path.join(config.dataDir, 'outbox'),
  });
  const jobs = await startJobs(database.url, jobHandlers({ mailer }), {
    work: works,
    onError: (e) => logger.error({ err: e }, `job queue: ${e.message}`),
  });
  const replica = serves && config.databaseReadUrl ? connect(config.databaseReadUrl, config.poolSize) : undefined;
  const app = serves
    ? await buildApp({
        db: database.db,
        pool: database.pool,
        readDb: replica?.db,
        config,
        jobs,
        webDir: DEFAULT_WEB_DIR,
        logger,
      })
    : undefined;
  let baseUrl = config.publicUrl ?? defaultPublicUrl();
  const background = works
    ? startBackground({ db: database.db, pool: database.pool, jobs, baseUrl: () => baseUrl }, (what, e) =>
        logger.error({ err: e }, `${what}: ${e instanceof Error ? e.message : String(e)}`),
      )
    : undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`${signal}: stopping Zabota…`);
    await app?.close().catch(() => {});
    await background?.stop();
    await jobs.stop().catch(() => {});
    await replica?.close().catch(() => {});
    await database.close().catch((e: unknown) => logger.error({ err: e }, 'closing the database failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (!app) {
    say(`Zabota worker is running (pid ${process.pid}): jobs and background work, no HTTP`);
    return;
  }
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
  say(`Zabota is running at http://${shownHost}:${port}/${works ? '' : ' (web only: jobs run elsewhere)'}`);
  say(`API docs: http://${shownHost}:${port}/api/docs   (Ctrl+C stops Zabota and its database)`);
}
