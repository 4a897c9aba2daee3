import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('customer since', () => {
  it('is the first interaction, else the first response, else the record date', async () => {
    const { as } = await t.newOrg();
    const c = (await as.post('/api/v1/customers', { name: 'Olga' })).json();
    const since = async () => (await as.get(`/api/v1/customers/${c.id}`)).json().since;
    expect(await since()).toEqual({ at: c.createdAt, from: 'created' });

    const survey = (
      await as.post('/api/v1/surveys', {
        name: 'S',
        languages: ['en'],
        questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' } }],
      })
    ).json();
    const answered = await as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: c.id,
      answers: { nps: 9 },
      submittedAt: '2024-06-01T09:00:00Z',
    });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(await since()).toEqual({ at: '2024-06-01T09:00:00.000Z', from: 'response' });

    await as.post('/api/v1/interactions', { customerId: c.id, occurredAt: '2023-02-01T10:00:00Z' });
    await as.post('/api/v1/interactions', { customerId: c.id, occurredAt: '2025-02-01T10:00:00Z' });
    expect(await since()).toEqual({ at: '2023-02-01T10:00:00.000Z', from: 'interaction' });
    // The list does not carry it (one query per row would be the price).
    expect((await as.get('/api/v1/customers')).json().items[0].since).toBeUndefined();
  });
});
