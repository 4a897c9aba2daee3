import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { newId } from '../../platform/db/ids.ts';
import * as repo from './interactions.repo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('insertMany (one INSERT … SELECT FROM unnest)', () => {
  it('stores nulls as nulls and text exactly as given, and skips external ids that exist', async () => {
    const { orgId, as } = await t.newOrg();
    const customer = (await as.post('/api/v1/customers', { name: 'C' })).json().id as string;
    const tricky = 'a "quoted", {braced} \\ back\\slash\nNULL, and тест';
    const first = [
      {
        id: newId(),
        orgId,
        externalId: 'E1',
        customerId: customer,
        occurredAt: new Date('2026-01-02T03:04:05.678Z'),
        revenue: 1234.5,
        currency: 'BGN',
        note: tricky,
      },
      {
        id: newId(),
        orgId,
        externalId: null,
        occurredAt: new Date('2026-01-03T00:00:00Z'),
        note: 'NULL',
        revenue: null,
      },
      { orgId, occurredAt: new Date('2026-01-04T00:00:00Z'), note: '' },
    ];
    const inserted = await repo.insertMany(t.db, first);
    expect(inserted).toHaveLength(3);
    expect(inserted[0]).toEqual({ id: first[0]!.id, externalId: 'E1' });
    expect(inserted[1]).toEqual({ id: first[1]!.id, externalId: null });

    const rows = (await as.get('/api/v1/interactions')).json().items as Record<string, unknown>[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first[0]!.id)).toMatchObject({
      externalId: 'E1',
      customerId: customer,
      touchpointId: null,
      occurredAt: '2026-01-02T03:04:05.678Z',
      revenue: 1234.5,
      currency: 'BGN',
      note: tricky,
    });
    expect(byId.get(first[1]!.id)).toMatchObject({
      externalId: null,
      customerId: null,
      revenue: null,
      currency: null,
      note: 'NULL',
    });
    expect(byId.get(inserted[2]!.id)).toMatchObject({ note: '', createdAt: expect.any(String) });

    const again = await repo.insertMany(t.db, [
      { id: newId(), orgId, externalId: 'E1', occurredAt: new Date() },
      { id: newId(), orgId, externalId: 'E2', occurredAt: new Date() },
      { id: newId(), orgId, externalId: 'E2', occurredAt: new Date() },
    ]);
    expect(again.map((r) => r.externalId)).toEqual(['E2']);
    expect(await repo.insertMany(t.db, [])).toEqual([]);
  });

  it('refuses a reference to another organisation, like the multi-row insert did', async () => {
    const a = await t.newOrg();
    const b = await t.newOrg();
    const customerOfA = (await a.as.post('/api/v1/customers', { name: 'A' })).json().id as string;
    await expect(
      repo.insertMany(t.db, [{ orgId: b.orgId, customerId: customerOfA, occurredAt: new Date() }]),
    ).rejects.toThrow();
  });
});
