import PgBoss from 'pg-boss';
import type pg from 'pg';
import { connect, whileLocked, type Db } from '../db/database.ts';
import type { Mail } from '../mail/mailer.ts';

/**
 * Job names and their payloads. Modules add theirs by declaration merging, so `send` and the
 * handlers stay typed end to end.
 */
export interface JobPayloads {
  'mail.send': Mail;
}
export type JobName = keyof JobPayloads;

/** What a handler gets besides its payload: the worker's own database pool and the queue. */
export type JobContext = {
  db: Db;
  pool: pg.Pool;
  jobs: Jobs;
  /** True on the attempt after which the queue gives up: a handler may record the failure instead of throwing. */
  lastAttempt: boolean;
};
export type JobHandlers = { [N in JobName]: (data: JobPayloads[N], ctx: JobContext) => Promise<void> };

/** Runs pg-boss's insert on the caller's connection, so a job is enqueued inside the caller's transaction. */
export type SqlExecutor = { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> };

export type Jobs = {
  send<N extends JobName>(
    name: N,
    data: JobPayloads[N],
    opts?: { startAfter?: Date; singletonKey?: string; db?: SqlExecutor },
  ): Promise<string | null>;
  stop(): Promise<void>;
};

export const PGBOSS_SCHEMA = 'pgboss';

/** Every queue retries with exponential back-off (10 s, 20 s, 40 s …) before a job counts as failed. */
const QUEUE_DEFAULTS = { retryLimit: 6, retryDelay: 10, retryBackoff: true, expireInMinutes: 15 } as const;

/**
 * The durable queue lives in Zabota's own PostgreSQL (pg-boss): jobs survive restarts, each is
 * handed to one worker at a time, and several app processes may work the same queues.
 * `work: false` only enqueues (CLI commands). Workers query through a small pool of their own, so
 * a burst of background work cannot take the connections HTTP requests need.
 */
export async function startJobs(
  connectionString: string,
  handlers: JobHandlers,
  opts: { work?: boolean; pollingIntervalSeconds?: number; onError?: (e: Error) => void } = {},
): Promise<Jobs> {
  const boss = new PgBoss({
    connectionString,
    schema: PGBOSS_SCHEMA,
    max: 4,
    supervise: opts.work !== false,
    schedule: false,
  });
  boss.on('error', (e: Error) => opts.onError?.(e));
  const names = Object.keys(handlers) as JobName[];
  await whileLocked(connectionString, 'zabota.jobs', async () => {
    await boss.start();
    for (const name of names) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...QUEUE_DEFAULTS });
    }
  });
  const workerDb = opts.work !== false ? connect(connectionString, 3) : null;
  const jobs: Jobs = {
    send: (name, data, o) => boss.send(name, data as object, { ...(o ?? {}) }),
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
      await workerDb?.close();
    },
  };
  if (workerDb) {
    for (const name of names) {
      const handler = handlers[name] as (data: unknown, ctx: JobContext) => Promise<void>;
      // pg-boss waits the polling interval after every fetch; a worker that just found a job asks
      // again at once instead, so a backlog drains at handler speed rather than one job a second.
      let workerId: string | undefined;
      workerId = await boss.work<unknown>(
        name,
        { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1, batchSize: 1, includeMetadata: true },
        async ([job]) => {
          if (!job) return;
          if (workerId) boss.notifyWorker(workerId);
          const lastAttempt = job.retryCount >= job.retryLimit;
          await handler(job.data, { db: workerDb.db, pool: workerDb.pool, jobs, lastAttempt });
        },
      );
    }
  }
  return jobs;
}

/** Creates pg-boss's tables ahead of time (test template databases). */
export async function installJobsSchema(connectionString: string): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: PGBOSS_SCHEMA, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}
