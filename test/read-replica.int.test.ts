import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRollups } from '../src/modules/analytics/rollup.ts';
import { createOrg } from '../src/modules/access/index.ts';
import { connect, type Database } from '../src/platform/db/database.ts';
import { startJobs, type Jobs } from '../src/platform/jobs/jobs.ts';
import { buildApp } from '../src/server/app.ts';
import { jobHandlers } from '../src/server/workers.ts';
import { createTestDatabase } from './support/test-db.ts';

/**
 * DATABASE_READ_URL: the dashboard's figures come from the read connection. A connection whose
 * transactions are read-only stands in for a streaming replica (which refuses writes the same
 * way), so a metrics route that wrote, or read from the primary instead, fails here.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let replica: Database;
let jobs: Jobs;
let app: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  replica = connect(`${database.url}?options=${encodeURIComponent('-c default_transaction_read_only=on')}`, 2);
  jobs = await startJobs(database.url, jobHandlers({ mailer: { send: async () => ({ messageId: 'unused' }) } }), {
    work: false,
  });
  app = await buildApp({
    db: database.db,
    pool: database.pool,
    readDb: replica.db,
    config: { publicUrl: undefined, logLevel: 'silent' },
    jobs,
  });
});

afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  await replica?.close();
  await database?.drop();
});

describe('read replica for the dashboard figures', () => {
  it('serves the metrics routes from the read connection while writes go to the primary', async () => {
    await expect(replica.pool.query('create table replica_probe (x int)')).rejects.toThrow(/read-only/);
    const { apiKey } = await createOrg(database.db, {
      name: 'Replica',
      ownerEmail: 'owner@replica.example',
      ownerPassword: 'password123',
      ownerName: 'Owner',
    });
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url: `/api/v1${url}`, payload, headers: { authorization: `Bearer ${apiKey}` } });
    const location = (await call('POST', '/locations', { name: 'Main' })).json().id as string;
    const survey = (
      await call('POST', '/surveys', {
        name: 'Visit',
        languages: ['en'],
        questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
      })
    ).json().id as string;
    for (const nps of [10, 9, 3])
      expect(
        (await call('POST', '/responses', { surveyId: survey, locationId: location, answers: { nps } })).statusCode,
      ).toBe(201);
    const rollups = startRollups(database.pool, { intervalMs: 3_600_000 });
    await rollups.runOnce();
    await rollups.stop();

    let readsOnReplica = 0;
    replica.pool.on('acquire', () => readsOnReplica++);
    const summary = await call('GET', '/metrics/summary');
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ responses: 3 });
    for (const url of [
      '/metrics/timeseries?metric=nps&interval=day',
      '/metrics/breakdown?metric=nps&by=location',
      '/metrics/drivers',
    ])
      expect((await call('GET', url)).statusCode, url).toBe(200);
    expect(readsOnReplica).toBeGreaterThanOrEqual(4);
  });
});
