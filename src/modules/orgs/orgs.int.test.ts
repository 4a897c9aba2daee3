import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the organisation's public address", () => {
  it('is validated, stored per organisation, and used by the links it hands out', async () => {
    const a = await t.newOrg();
    const b = await t.newOrg();
    const survey = async (as: typeof a.as) =>
      (
        await as.post('/api/v1/surveys', {
          name: 'S',
          languages: ['en'],
          questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' } }],
        })
      ).json() as { id: string; publicUrl: string };

    // Without one, the address the caller used (tests inject as localhost).
    expect((await survey(a.as)).publicUrl).toMatch(/^http:\/\/localhost(:\d+)?\/s\/p\//);

    for (const bad of ['ftp://files.example.com', 'feedback.example.com', 'javascript:alert(1)']) {
      const res = await a.as.patch('/api/v1/org', { publicUrl: bad });
      expect([res.statusCode, res.json().error.fields]).toEqual([400, { publicUrl: expect.any(String) }]);
    }
    const saved = await a.as.patch('/api/v1/org', { publicUrl: 'https://feedback.clinic.example/' });
    expect(saved.json().publicUrl).toBe('https://feedback.clinic.example');

    const s = await survey(a.as);
    expect(s.publicUrl).toMatch(/^https:\/\/feedback\.clinic\.example\/s\/p\//);
    // Another organisation keeps the server's default.
    expect((await survey(b.as)).publicUrl).toMatch(/^http:\/\/localhost/);

    expect((await a.as.patch('/api/v1/org', { publicUrl: null })).json().publicUrl).toBeNull();
    expect((await survey(a.as)).publicUrl).toMatch(/^http:\/\/localhost/);
  });
});

describe("the organisation's currency", () => {
  it('is EUR until the owner picks another ISO 4217 code', async () => {
    const { as } = await t.newOrg();
    expect((await as.get('/api/v1/org')).json().currency).toBe('EUR');
    for (const bad of ['XYZ', 'eur', '€']) {
      const res = await as.patch('/api/v1/org', { currency: bad });
      expect([res.statusCode, res.json().error.fields]).toEqual([
        400,
        { currency: 'Must be an ISO 4217 code, e.g. EUR' },
      ]);
    }
    expect((await as.patch('/api/v1/org', { currency: 'BGN' })).json().currency).toBe('BGN');
    expect((await as.get('/api/v1/auth/me')).json().org.currency).toBe('BGN');
  });
});
