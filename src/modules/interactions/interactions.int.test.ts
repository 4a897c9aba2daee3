import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let north: string;
let south: string;
let touchpoint: string;
let customer: string;
let maria: string; // manager of North
let petar: string; // staff at South

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  south = (await org.as.post('/api/v1/locations', { name: 'South' })).json().id;
  touchpoint = (
    await org.as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })
  ).json().id;
  customer = (await org.as.post('/api/v1/customers', { name: 'Olga', externalId: 'crm-1' })).json().id;
  maria = (
    await org.as.post('/api/v1/staff', {
      name: 'Maria',
      email: 'maria@x.example',
      role: 'manager',
      locationIds: [north],
      sendInvite: false,
    })
  ).json().id;
  petar = (
    await org.as.post('/api/v1/staff', {
      name: 'Petar',
      email: 'petar@x.example',
      role: 'staff',
      locationIds: [south],
      sendInvite: false,
    })
  ).json().id;
});
afterAll(() => t.close());

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`;

describe('interactions', () => {
  it('takes a batch, answers per item, and a repeated batch doubles nothing', async () => {
    const items = [
      {
        externalId: 'v-1',
        occurredAt: at(1),
        customerExternalId: 'crm-1',
        touchpointId: touchpoint,
        locationId: north,
        staffId: maria,
        revenue: 120.5,
        currency: 'EUR',
      },
      { externalId: 'v-2', occurredAt: at(2), customerId: customer, locationId: south, staffId: petar, revenue: 80 },
      { externalId: 'v-3', occurredAt: 'last tuesday', locationId: south },
      { externalId: 'v-1', occurredAt: at(1), locationId: north },
    ];
    const first = await org.as.post('/api/v1/interactions/batch', { items });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 2, existing: 1, errors: 1 });
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'created',
      'error',
      'existing',
    ]);
    expect(first.json().results[2].error.fields.occurredAt).toBeTruthy();
    const second = await org.as.post('/api/v1/interactions/batch', { items });
    expect(second.json()).toMatchObject({ created: 0, existing: 3, errors: 1 });
    expect(second.json().results[0].id).toBe(first.json().results[0].id);
    const list = (await org.as.get(`/api/v1/interactions?customerId=${customer}`)).json();
    expect(list.items).toHaveLength(2);
    expect(list.items[0]).toMatchObject({
      externalId: 'v-2',
      revenue: 80,
      locationName: 'South',
      staffName: 'Petar',
      customerName: 'Olga',
    });
  });

  it('refuses more than 1,000 items with a clear error', async () => {
    const items = Array.from({ length: 1001 }, (_, i) => ({ occurredAt: at(1), note: String(i) }));
    const res = await org.as.post('/api/v1/interactions/batch', { items });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.items).toMatch(/1000/);
  });

  it('filters by date range, location and staff, newest first, with a stable cursor', async () => {
    for (let d = 10; d < 16; d++)
      await org.as.post('/api/v1/interactions', { occurredAt: at(d), locationId: north, touchpointId: touchpoint });
    const page1 = (
      await org.as.get(`/api/v1/interactions?from=${at(10)}&to=${at(15)}&locationId=${north}&limit=3`)
    ).json();
    expect(page1.items.map((i: { occurredAt: string }) => i.occurredAt.slice(8, 10))).toEqual(['14', '13', '12']);
    const page2 = (
      await org.as.get(
        `/api/v1/interactions?from=${at(10)}&to=${at(15)}&locationId=${north}&limit=3&cursor=${page1.nextCursor}`,
      )
    ).json();
    expect(page2.items.map((i: { occurredAt: string }) => i.occurredAt.slice(8, 10))).toEqual(['11', '10']);
    expect(page2.nextCursor).toBeNull();
  });

  it('limits a manager to their locations and a staff member to their own records', async () => {
    const managerKey = t.as(await t.keyFor(org.orgId, 'manager', maria));
    const staffKey = t.as(await t.keyFor(org.orgId, 'staff', petar));
    const managerList = (await managerKey.get('/api/v1/interactions?limit=500')).json().items as {
      locationId: string;
    }[];
    expect(managerList.length).toBeGreaterThan(0);
    expect(managerList.every((i) => i.locationId === north)).toBe(true);
    const staffList = (await staffKey.get('/api/v1/interactions?limit=500')).json().items as { staffId: string }[];
    expect(staffList.map((i) => i.staffId)).toEqual([petar]);
    expect((await managerKey.post('/api/v1/interactions', { occurredAt: at(20), locationId: south })).statusCode).toBe(
      403,
    );
    expect((await managerKey.post('/api/v1/interactions', { occurredAt: at(20), locationId: north })).statusCode).toBe(
      201,
    );
    expect((await staffKey.post('/api/v1/interactions', { occurredAt: at(20), locationId: south })).statusCode).toBe(
      403,
    );
    expect((await staffKey.get('/api/v1/customers')).statusCode).toBe(403);
    expect((await staffKey.post('/api/v1/locations', { name: 'Mine' })).statusCode).toBe(403);
    expect((await managerKey.get('/api/v1/locations')).json().items.map((l: { name: string }) => l.name)).toEqual([
      'North',
    ]);
    expect((await staffKey.get('/api/v1/staff')).json().items.map((s: { name: string }) => s.name)).toEqual(['Petar']);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first answer for a retried POST and stores nothing new', async () => {
    const headers = { 'idempotency-key': 'retry-42' };
    const body = { occurredAt: at(25), note: 'retried' };
    const a = await org.as.post('/api/v1/interactions', body, headers);
    const b = await org.as.post('/api/v1/interactions', body, headers);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    const list = (await org.as.get(`/api/v1/interactions?from=${at(25)}&to=${at(26)}`)).json();
    expect(list.items).toHaveLength(1);
    const other = await org.as.post('/api/v1/interactions', { ...body, note: 'different' }, headers);
    expect(other.statusCode).toBe(409);
  });

  it('keeps keys per organisation', async () => {
    const other = await t.newOrg();
    const res = await other.as.post('/api/v1/locations', { name: 'Elsewhere' }, { 'idempotency-key': 'retry-42' });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('Elsewhere');
  });
});
