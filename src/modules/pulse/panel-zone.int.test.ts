import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * The location panel's period is the organisation's days for every figure in it: a customer answer
 * and an audit both given at 00:30 in Sofia (22:30 UTC the day before) belong to the Sofia day.
 */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locationId: string;

async function auditAt(result: 'pass' | 'fail', at: string) {
  const checklist = (
    await org.as.post('/api/v1/checklists', { name: `Check ${at}`, items: [{ text: { en: 'Greeted' } }] })
  ).json();
  const audit = (
    await org.as.post('/api/v1/audits', { checklistId: checklist.id, locationId, kind: 'manager' })
  ).json();
  await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${checklist.items[0].id}`, { result });
  expect((await org.as.post(`/api/v1/audits/${audit.id}/submit`)).statusCode).toBe(200);
  await t.database.pool.query(`update audits set submitted_at = $2 where id = $1`, [audit.id, at]);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Midnight bakery');
  await t.database.pool.query(`update orgs set time_zone = 'Europe/Sofia' where id = $1`, [org.orgId]);
  locationId = (await org.as.post('/api/v1/locations', { name: 'Vitosha' })).json().id;
  const surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    })
  ).json().id;
  // 00:30 on 2 March in Sofia (UTC+2), then 00:30 on 3 March: the second belongs to the next day.
  for (const [nps, at] of [
    [10, '2026-03-01T22:30:00Z'],
    [0, '2026-03-02T22:30:00Z'],
  ] as const) {
    const res = await org.as.post('/api/v1/responses', { surveyId, locationId, answers: { nps }, submittedAt: at });
    expect(res.statusCode, res.body).toBe(201);
  }
  await auditAt('pass', '2026-03-01T22:30:00Z');
  await auditAt('fail', '2026-03-02T22:30:00Z');
});
afterAll(() => t.close());

describe('the staff-voice location panel near midnight', () => {
  it('counts customer NPS and audit compliance over the same organisation days', async () => {
    const panel = (await org.as.get('/api/v1/metrics/enps/locations?from=2026-03-02&to=2026-03-02')).json();
    expect(panel.locations).toEqual([
      expect.objectContaining({ locationId, customerNps: 100, customerN: 1, compliance: 100, audits: 1 }),
    ]);
    const next = (await org.as.get('/api/v1/metrics/enps/locations?from=2026-03-03&to=2026-03-03')).json();
    expect(next.locations[0]).toMatchObject({ customerNps: -100, customerN: 1, compliance: 0, audits: 1 });
    const standards = (await org.as.get('/api/v1/metrics/compliance?by=location&from=2026-03-02&to=2026-03-03')).json();
    expect(standards.items).toEqual([expect.objectContaining({ key: locationId, compliance: 100, n: 1 })]);
  });
});
