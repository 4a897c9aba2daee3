import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Edge');
});
afterAll(() => t.close());

const shape = { error: { code: expect.any(String), message: expect.any(String) } };

describe('inputs that used to give a 500 or a foreign error shape', () => {
  it('refuses a NUL byte in a body, a filter and a path with a 400 naming the field', async () => {
    const body = await org.as.post('/api/v1/locations', { name: 'A\u0000B' });
    expect(body.statusCode).toBe(400);
    expect(body.json().error.fields).toEqual({ name: 'Must not contain NUL characters' });
    const filter = await org.as.get('/api/v1/customers?search=a%00b');
    expect(filter.statusCode).toBe(400);
    expect(Object.keys(filter.json().error.fields)).toEqual(['search']);
    const csv = await org.as.get('/api/v1/responses/export?format=csv&surveyId=a%00');
    expect(csv.statusCode).toBe(400);
    const path = await org.as.get('/api/v1/locations/a%00b');
    expect(path.statusCode).toBe(400);
    expect(path.json()).toMatchObject(shape);
  });

  it('answers PATCH /org with {} with the organisation unchanged, and a 5,000-character id in the error shape', async () => {
    const same = await org.as.patch('/api/v1/org', {});
    expect(same.statusCode).toBe(200);
    expect(same.json().name).toBe('Edge');
    const long = await org.as.get(`/api/v1/locations/${'x'.repeat(5000)}`);
    expect(long.statusCode).toBeLessThan(500);
    expect(long.json()).toMatchObject(shape);
  });
});
