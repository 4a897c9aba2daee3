import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('locations API', () => {
  it('creates, lists with cursor pagination, updates and deletes', async () => {
    const { as } = await t.newOrg();
    const names = ['Centre', 'North', 'South'];
    for (const name of names)
      expect((await as.post('/api/v1/locations', { name, city: 'Sofia' })).statusCode).toBe(201);
    const first = await as.get('/api/v1/locations?limit=2');
    expect(first.json().items.map((l: { name: string }) => l.name)).toEqual(['South', 'North']);
    const second = await as.get(`/api/v1/locations?limit=2&cursor=${first.json().nextCursor}`);
    expect(second.json()).toMatchObject({ items: [{ name: 'Centre' }], nextCursor: null });
    const id = second.json().items[0].id;
    expect((await as.patch(`/api/v1/locations/${id}`, { city: 'Plovdiv' })).json().city).toBe('Plovdiv');
    expect((await as.delete(`/api/v1/locations/${id}`)).statusCode).toBe(200);
    expect((await as.get(`/api/v1/locations/${id}`)).statusCode).toBe(404);
  });

  it('is idempotent by externalId: the second create answers 200 with the first row', async () => {
    const { as } = await t.newOrg();
    const a = await as.post('/api/v1/locations', { name: 'Main', externalId: 'L-1' });
    const b = await as.post('/api/v1/locations', { name: 'Main again', externalId: 'L-1' });
    expect([a.statusCode, b.statusCode]).toEqual([201, 200]);
    expect(b.json().id).toBe(a.json().id);
    expect((await as.get('/api/v1/locations')).json().items).toHaveLength(1);
  });

  it('answers bad input with field-level errors and stores nothing', async () => {
    const { as } = await t.newOrg();
    const res = await as.post('/api/v1/locations', { name: '', timeZone: 'Mars/Olympus' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid');
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['name', 'timeZone']));
    expect((await as.get('/api/v1/locations')).json().items).toHaveLength(0);
  });
});
