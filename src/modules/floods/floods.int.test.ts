import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;
let slug: string;

const answer = (nps: number, remoteAddress: string) =>
  t.app.inject({
    method: 'POST',
    url: `/s/p/${slug}?lang=ru`,
    remoteAddress,
    payload: new URLSearchParams({ q: 'nps', a: String(nps) }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Flooded clinic');
  const res = await org.as.post('/api/v1/surveys', {
    name: 'At the till',
    languages: ['en', 'ru'],
    questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend us?', ru: 'Порекомендуете?' }, required: true }],
    settings: { publicLimits: { perAddress: 10, perLink: 14 } },
  });
  expect(res.statusCode).toBe(201);
  ({ id: surveyId, slug } = res.json());
  const settings = async () => (await org.as.get(`/api/v1/surveys/${surveyId}`)).json().settings;
  // A change of another field keeps the limits.
  await org.as.patch(`/api/v1/surveys/${surveyId}`, { name: 'At the front desk' });
  expect(await settings()).toEqual({ publicLimits: { perAddress: 10, perLink: 14 } });
});
afterAll(() => t.close());

describe('a flood of the public form', () => {
  it('is limited per address and per link, marked, and taken out of the figures with its cases in one action', async () => {
    const fromFlooder = [];
    for (let i = 0; i < 12; i++) fromFlooder.push((await answer(0, '203.0.113.9')).statusCode);
    expect(fromFlooder).toEqual([...Array(10).fill(303), 429, 429]);
    const limited = await answer(0, '203.0.113.9');
    expect(limited.body).toMatch(/Слишком много ответов с вашего подключения/);

    // Real customers from other addresses still get through, until the link's own limit.
    for (const [nps, ip] of [
      [10, '198.51.100.1'],
      [9, '198.51.100.2'],
      [3, '198.51.100.3'],
      [10, '198.51.100.4'],
    ] as const)
      expect((await answer(nps, ip)).statusCode).toBe(303);
    expect((await answer(10, '198.51.100.5')).statusCode).toBe(429);
    // The API is not behind the form's limits.
    expect((await org.as.get('/api/v1/org')).statusCode).toBe(200);

    await t.runCaseEngine();
    await t.runRollups();
    const before = (await org.as.get('/api/v1/metrics/summary')).json();
    expect(before.responses).toBe(14);
    expect((await org.as.get('/api/v1/floods')).json()).toEqual({
      surveys: [{ surveyId, responses: 10, openCases: 10 }],
    });

    const excluded = await org.as.post('/api/v1/floods/exclude', { surveyId });
    expect(excluded.json()).toEqual({ responses: 10, casesClosed: 10 });
    await t.runRollups();
    const after = (await org.as.get('/api/v1/metrics/summary')).json();
    expect(after.responses).toBe(4);
    expect(after.nps.value).toBe(50); // 3 promoters and 1 detractor of 4
    const open = (await org.as.get('/api/v1/cases?view=all&status=new')).json().items;
    expect(open).toHaveLength(1);
    expect((await org.as.get('/api/v1/floods')).json()).toEqual({ surveys: [] });

    const manager = t.as(await t.keyFor(org.orgId, 'manager'));
    expect((await manager.post('/api/v1/floods/exclude', {})).statusCode).toBe(403);
  });
});
