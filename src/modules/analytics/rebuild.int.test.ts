import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Sweeper } from '../../platform/jobs/sweeper.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { startRebuilds } from './rebuild.ts';
import { startRollups } from './rollup.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let touchpointId: string;
let sweepers: Sweeper[];

/** Polls `read` until `done` holds, as a user reloading the dashboard would; fails after a minute. */
async function within(seconds: number, read: () => Promise<unknown>, done: (v: unknown) => boolean) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Not right within ${seconds} s: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Issue 14 clinic');
  touchpointId = (await org.as.post('/api/v1/touchpoints', { name: 'Desk', kind: 'service', stage: 'service' })).json()
    .id;
  const surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'One',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' } }],
    })
  ).json().id;
  const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
  await ingest(
    t.db,
    { orgId: org.orgId, survey, channel: 'api', partial: false },
    { answers: { nps: 10 }, touchpointId, language: 'en', submittedAt: new Date('2026-03-10T23:30:00Z') },
  );
  await t.runRollups();
  // The server's sweepers, at their production intervals.
  sweepers = [startRollups(t.database.pool), startRebuilds(t.database.pool)];
});

afterAll(async () => {
  await Promise.all(sweepers.map((s) => s.stop()));
  await t.close();
});

const range = 'from=2026-03-01&to=2026-04-01';
const days = async () =>
  (await org.as.get(`/api/v1/metrics/timeseries?metric=nps&interval=day&${range}`)).json() as {
    items: { period: string; n: number }[];
    source: string;
  };
const kinds = async () =>
  (await org.as.get(`/api/v1/metrics/breakdown?metric=nps&by=kind&${range}`)).json() as {
    items: { key: string; n: number }[];
    source: string;
  };
const rebuild = async () => (await org.as.get(`/api/v1/metrics/summary?${range}`)).json().rebuild;

describe('figures after changes that move responses between stored cells (issue 14)', () => {
  it('a time zone change moves the response to 11 March, right away and in the rebuilt cells within a minute', async () => {
    expect((await days()).items.map((i) => [i.period, i.n])).toEqual([['2026-03-10', 1]]);
    expect((await days()).source).toBe('rollup');
    expect((await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' })).statusCode).toBe(200);
    const raw = await days();
    expect(raw.items.map((i) => [i.period, i.n])).toEqual([['2026-03-11', 1]]);
    expect(raw.source).toBe('raw');
    await within(60, rebuild, (r) => r === null);
    const rebuilt = await days();
    expect(rebuilt.source).toBe('rollup');
    expect(rebuilt.items.map((i) => [i.period, i.n])).toEqual([['2026-03-11', 1]]);
  });

  it('a touchpoint re-typed from service to product counts its response under product within a minute', async () => {
    expect((await kinds()).items.map((i) => [i.key, i.n])).toEqual([['service', 1]]);
    expect((await org.as.patch(`/api/v1/touchpoints/${touchpointId}`, { kind: 'product' })).statusCode).toBe(200);
    expect((await kinds()).items.map((i) => [i.key, i.n])).toEqual([['product', 1]]);
    const status = await rebuild();
    if (status) expect(status.reason).toBe('touchpoint_kind');
    await within(60, rebuild, (r) => r === null);
    const rebuilt = await kinds();
    expect(rebuilt.source).toBe('rollup');
    expect(rebuilt.items.map((i) => [i.key, i.n])).toEqual([['product', 1]]);
  });
});
