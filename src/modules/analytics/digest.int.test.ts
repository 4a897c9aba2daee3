import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { startJobs, type JobHandlers, type Jobs } from '../../platform/jobs/jobs.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { runDigests } from './digest.ts';

let t: TestApp;
let jobs: Jobs;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let ownerEmail: string;
const managerEmail = 'manager@digest.example';
const staffEmail = 'staff@digest.example';
// Monday 8 June 2026, 09:00 in Sofia: the digest of 1–7 June (2026-W23) is due.
const NOW = new Date('2026-06-08T06:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
  jobs = await startJobs(t.database.url, {} as JobHandlers, { work: false }); // enqueue only; the test app's worker sends
  org = await t.newOrg('Digest clinic');
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  ownerEmail = (await org.as.get(`/api/v1/staff/${org.ownerId}`)).json().email;
  const north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  const south = (await org.as.post('/api/v1/locations', { name: 'South' })).json().id;
  await org.as.post('/api/v1/staff', {
    name: 'Manager',
    email: managerEmail,
    role: 'manager',
    language: 'ru',
    locationIds: [south],
    sendInvite: false,
  });
  await org.as.post('/api/v1/staff', {
    name: 'Staff',
    email: staffEmail,
    role: 'staff',
    locationIds: [south],
    sendInvite: false,
  });
  const surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'S',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' } }],
    })
  ).json().id;
  const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
  const add = (nps: number, locationId: string, at: string) =>
    ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'api', partial: true },
      { answers: { nps }, locationId, submittedAt: new Date(at) },
    );
  // Last week (1–7 June): North 6 promoters, South 3 promoters + 3 detractors → NPS 50 (n = 12).
  for (let i = 0; i < 6; i++) await add(10, north, '2026-06-03T10:00:00Z');
  for (let i = 0; i < 3; i++) await add(9, south, '2026-06-04T10:00:00Z');
  for (let i = 0; i < 3; i++) await add(2, south, '2026-06-05T10:00:00Z');
  // The week before: 4 answers, NPS 0.
  for (const s of [10, 10, 3, 3]) await add(s, north, '2026-05-27T10:00:00Z');
  // Sunday 7 June 22:30 UTC is Monday 01:30 in Sofia: this week, not in the digest.
  await add(0, north, '2026-06-07T22:30:00Z');
  // A customer idea shipped that week, and one shipped the week before (not in this digest).
  for (const [title, at] of [
    ['Oat milk for coffee', '2026-06-04T10:00:00Z'],
    ['Longer Saturday hours', '2026-05-28T10:00:00Z'],
  ])
    await t.database.pool.query(
      `insert into insights (id, org_id, audience, kind, title, status, outcome, outcome_at)
       values (gen_random_uuid(), $1, 'customer', 'idea', $2, 'done', 'Shipped for the customers who asked', $3)`,
      [org.orgId, title, at],
    );
  await t.runRollups();
});
afterAll(async () => {
  await jobs.stop();
  await t.close();
});

describe('weekly digest', () => {
  it('mails owners and managers once per ISO week, in their language, through the queue', async () => {
    const base = { pool: t.database.pool, jobs, baseUrl: 'http://zabota.test' };
    expect(await runDigests(base, new Date('2026-06-08T03:00:00Z'))).toBe(0); // 06:00 in Sofia: not yet
    const first = await Promise.all([runDigests(base, NOW), runDigests(base, NOW)]);
    expect(first.filter((n) => n > 0).length).toBeLessThanOrEqual(first.length);
    const owner = await t.waitForMail(ownerEmail);
    expect(owner.subject).toContain('2026-W23');
    expect(owner.text).toContain('NPS: 50 (n = 12)');
    expect(owner.text).toContain('Change vs the week before: +50 (that week n = 4)');
    expect(owner.text).toContain('Best location: North, NPS 100 (n = 6)');
    expect(owner.text).toContain('Needs attention: South, NPS 0 (n = 6)');
    expect(owner.text).toMatch(/Open cases: \d+, overdue: \d+/);
    expect(owner.text).toContain('Customer ideas done this week: 1\n  – Oat milk for coffee');
    expect(owner.text).not.toContain('Longer Saturday hours');
    const manager = await t.waitForMail(managerEmail);
    expect(manager.text).toContain('NPS: 0 (n = 6)'); // their location only
    expect(manager.text).toContain('Открыть панель');
    // Again, later in the week and after a restart: nothing more.
    expect(await runDigests(base, new Date('2026-06-10T12:00:00Z'))).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.sent.filter((m) => m.to === ownerEmail)).toHaveLength(1);
    expect(t.sent.filter((m) => m.to === managerEmail)).toHaveLength(1);
    expect(t.sent.filter((m) => m.to === staffEmail)).toHaveLength(0);
    // The next week is a new digest.
    expect(await runDigests(base, new Date('2026-06-15T06:00:00Z'))).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(t.sent.filter((m) => m.to === ownerEmail)).toHaveLength(2);
  });
});
