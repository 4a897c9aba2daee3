import type pg from 'pg';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { Jobs } from './jobs/jobs.ts';
import type { Logger } from './log.ts';

/** What the composition root hands every module's routes; modules import this, never the root itself. */
export type AppDeps = {
  db: Db;
  pool: pg.Pool;
  /**
   * DATABASE_READ_URL (a streaming replica) for the dashboard's figures, which may lag the primary
   * by the replication delay; absent, they are read from `db`.
   */
  readDb?: Db;
  config: Pick<Config, 'publicUrl' | 'logLevel'> & Partial<Pick<Config, 'trustProxy'>>;
  /** Background work goes through the durable queue; mail is sent by its worker. */
  jobs: Jobs;
  /** Where the built dashboard lives; the dashboard is not served when absent (API-only tests). */
  webDir?: string;
  /** The server's log (src/platform/log.ts); without it, Fastify's own at config.logLevel. */
  logger?: Logger;
};
